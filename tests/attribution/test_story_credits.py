

def test_headline_name_colon_claim_is_an_attribution(extract):  # type: ignore[no-untyped-def]
    r = extract("Peskov: no talks with Kyiv are planned this year\n\nThe Kremlin spokesman spoke to reporters on Monday.")
    q = _only(r, "no talks with Kyiv")
    assert q.speaker.name == "Peskov" and q.cue.text == ":"


def test_labels_before_a_colon_are_no_speakers(extract):  # type: ignore[no-untyped-def]
    r = extract("Photo: a burnt-out tank near Avdiivka after the assault\n\nUpdated: 3 March 2024, 10:15")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == ":"]
