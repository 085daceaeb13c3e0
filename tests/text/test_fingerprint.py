"""Fingerprints: exact hashes, shingles, MinHash/LSH near-duplicate detection."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from warlog.text.fingerprint import content_hash, jaccard, lsh_bands, minhash, shingles

BODY = """Russian forces launched a combined missile and drone attack on the Odesa region overnight, damaging
port infrastructure and a grain terminal, the regional military administration said on Tuesday
morning. According to the administration, air defence units shot down most of the drones over the
sea, but at least two missiles struck warehouses near the port of Pivdennyi, where firefighters
worked for several hours to put out the blaze. Three port workers were injured and taken to
hospital, one of them in serious condition. The governor said that the strike was the fourth attack
on port facilities in the region this month and that grain exports would continue despite the
damage. Ukraine's navy spokesperson told a television marathon that Russia was trying to disrupt
shipping in the Black Sea corridor, which has carried millions of tonnes of grain since it opened.
Local residents reported loud explosions shortly after two in the morning and power outages in
several districts of the city, which were restored by noon. The Russian defence ministry claimed it
had hit fuel depots used by the Ukrainian military, a claim that could not be independently
verified. Officials urged residents to stay in shelters during air raid alerts and to follow
official channels only."""

REPRINT = ("Odesa port hit again in overnight strike\n" + BODY
           + "\nThis article was first published by our partners and is republished with permission.")
ORIGINAL = "Missile attack damages Odesa grain terminal\n" + BODY + "\nFollow us on Telegram for updates."

OTHER = """Ukrainian troops withdrew from two villages west of Avdiivka after weeks of heavy fighting, the
commander of the operational group said in a statement, describing the move as a tactical decision
to save lives. Russian units have advanced slowly in the area using small assault groups supported
by glide bombs, military analysts at a Washington-based think tank wrote in their daily assessment.
Soldiers interviewed by reporters complained about a shortage of artillery shells and said that new
recruits arrived with little training. Meanwhile, the head of the regional administration announced
the mandatory evacuation of families with children from several frontline settlements, citing
constant shelling and the destruction of water supply."""


def test_content_hash_ignores_case_spacing_punctuation() -> None:
    a = content_hash("Two killed in Kharkiv, officials say.")
    assert a == content_hash("two  KILLED in Kharkiv officials say")
    assert a == content_hash("Two killed in Kharkiv — officials say!\n")
    assert a != content_hash("Three killed in Kharkiv, officials say.")
    assert len(a) == 64 and int(a, 16) >= 0


def test_shingles_are_word_windows() -> None:
    assert len(shingles("a b c d e f g", k=5)) == 3
    assert shingles("a b c d e f g", k=5) == shingles("A, b; c. D e F g!", k=5)
    assert len(shingles("only three words")) == 1
    assert shingles("  ...  ") == set()
    assert all(0 <= s < 2**63 for s in shingles(BODY))
    with pytest.raises(ValueError):
        shingles("x", k=0)


def test_reprint_with_new_title_and_footer_is_near_duplicate() -> None:
    a, b = shingles(ORIGINAL), shingles(REPRINT)
    assert jaccard(a, b) >= 0.8
    assert set(lsh_bands(minhash(a))) & set(lsh_bands(minhash(b)))
    assert content_hash(ORIGINAL) != content_hash(REPRINT)


def test_different_articles_are_not_near_duplicates() -> None:
    a, b = shingles(ORIGINAL), shingles(OTHER)
    assert jaccard(a, b) < 0.1
    assert not set(lsh_bands(minhash(a))) & set(lsh_bands(minhash(b)))


def test_minhash_estimates_jaccard() -> None:
    words = BODY.split()
    half = " ".join(words[: len(words) * 2 // 3])
    a, b = shingles(BODY), shingles(half)
    sa, sb = minhash(a, num_perm=256), minhash(b, num_perm=256)
    estimate = sum(x == y for x, y in zip(sa, sb, strict=True)) / 256
    assert abs(estimate - jaccard(a, b)) < 0.12


def test_minhash_shape_and_empty_set() -> None:
    sig = minhash(shingles(BODY))
    assert len(sig) == 64 and all(isinstance(v, int) and 0 <= v < 2**32 for v in sig)
    assert minhash(set(), num_perm=8) == [0xFFFFFFFF] * 8
    assert len(lsh_bands(sig)) == 16 and len(set(lsh_bands(sig))) == 16
    with pytest.raises(ValueError):
        lsh_bands(sig, bands=10)


def test_jaccard() -> None:
    assert jaccard({1, 2, 3}, {2, 3, 4}) == 0.5
    assert jaccard(set(), set()) == 0.0


def test_signatures_identical_across_processes() -> None:
    code = ("import json; from warlog.text.fingerprint import *; t = open(0).read(); s = shingles(t); "
            "print(json.dumps([sorted(s), minhash(s), lsh_bands(minhash(s)), content_hash(t)]))")
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], input=BODY, capture_output=True, text=True,
                             env=env, check=True, timeout=60)
        runs.append(json.loads(out.stdout))
    here = shingles(BODY)
    assert runs[0] == runs[1] == [sorted(here), minhash(here), lsh_bands(minhash(here)), content_hash(BODY)]
