"""The timeline chart: bars per day or week stacked by incident type, on a labelled date axis.

Plain data for the template (server-drawn SVG, no inline script or style: colours come from the ``t-<type>``
classes of ``app.css``); ``static/timeline.js`` adds brushing (drag across the chart to filter on that range).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from markupsafe import Markup, escape

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PLOT_TOP, AXIS_HEIGHT, LEFT = 10, 34, 36


@dataclass(frozen=True)
class Segment:
    y: float
    height: float
    type: str
    count: int


@dataclass
class Column:
    x: float
    width: float
    first: str
    last: str
    total: int
    href: str
    segments: list[Segment] = field(default_factory=list)
    segments_html: Markup = Markup("")  # the segments as the template drew them, built once (``_segments_html``)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    major: bool


@dataclass
class StackedChart:
    columns: list[Column]
    ticks: list[Tick]
    y_ticks: list[tuple[float, int]]
    types: list[str]
    width: int
    height: int
    plot_bottom: int
    peak: int
    first: str
    last: str
    total: int
    slot: float
    left: int = LEFT


def weekly(days: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Day counts per type summed into weeks starting on Monday."""
    weeks: dict[str, dict[str, int]] = {}
    for day, per_type in days.items():
        start = date.fromisoformat(day[:10])
        monday = (start - timedelta(days=start.weekday())).isoformat()
        target = weeks.setdefault(monday, {})
        for kind, n in per_type.items():
            target[kind] = target.get(kind, 0) + n
    return dict(sorted(weeks.items()))


def _ticks(slots: list[date], slot: float, step_days: int) -> list[Tick]:
    """Labels on the date axis, at least ~60 px apart: days for short spans, else months (every 1-12)."""
    if not slots:
        return []
    first, last = slots[0], slots[-1]

    def x_of(day: date) -> float:
        return round(LEFT + (day - first).days / step_days * slot, 2)

    ticks: list[Tick] = []
    per_day = slot / step_days
    if (last - first).days <= 62 and step_days == 1:
        every = max(1, -(-60 // max(int(per_day), 1)))
        for n, day in enumerate(slots):
            if n % every == 0:
                major = n == 0 or day.day <= every and n >= every
                ticks.append(Tick(x_of(day), f"{day.day} {MONTHS[day.month - 1]}" + (f" {day.year}" if n == 0 else ""),
                                  major))
        return ticks
    per_month = per_day * 30.4
    every = next((m for m in (1, 2, 3, 6, 12) if m * per_month >= 60), 24)
    month = date(first.year, first.month, 1)
    while month <= last:
        if month >= first and (month.month - 1) % every == 0:
            major = month.month == 1 or not ticks
            ticks.append(Tick(x_of(month), f"{MONTHS[month.month - 1]} {month.year}" if major or every < 12
                              else str(month.year), major))
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    if not ticks:  # a span inside one month: label its first slot
        ticks.append(Tick(x_of(first), f"{first.day} {MONTHS[first.month - 1]} {first.year}", True))
    return ticks


def stacked_chart(buckets: dict[str, dict[str, int]], unit: str, type_order: tuple[str, ...], width: int = 960,
                  height: int = 260, link: Callable[[date, date], str] | None = None) -> StackedChart:
    """Columns for every day or week from the first to the last bucket (empty ones too, so time is even)."""
    plot_bottom = height - AXIS_HEIGHT
    if not buckets:
        return StackedChart([], [], [], [], width, height, plot_bottom, 0, "", "", 0, 0.0)
    step = timedelta(days=7 if unit == "week" else 1)
    keys = sorted(buckets)
    first, last = date.fromisoformat(keys[0][:10]), date.fromisoformat(keys[-1][:10])
    slots: list[date] = []
    current = first
    while current <= last and len(slots) < 5000:
        slots.append(current)
        current += step
    totals = {day: sum(per_type.values()) for day, per_type in buckets.items()}
    peak = max(totals.values())
    slot = (width - LEFT) / len(slots)
    scale = (plot_bottom - PLOT_TOP) / peak
    present = {kind for per_type in buckets.values() for kind in per_type}
    types = [t for t in type_order if t in present] + sorted(present - set(type_order))
    columns = []
    for n, day in enumerate(slots):
        per_type = buckets.get(day.isoformat())
        if not per_type:
            continue
        end = day + step - timedelta(days=1)
        column = Column(round(LEFT + n * slot, 2), round(max(slot - 0.5, 0.8), 2), day.isoformat(), end.isoformat(),
                        totals[day.isoformat()], link(day, end) if link else "")
        y = float(plot_bottom)
        for kind in types:
            count = per_type.get(kind, 0)
            if count:
                h = max(1.0, count * scale)
                y -= h
                column.segments.append(Segment(round(y, 2), round(h, 2), kind, count))
        column.segments_html = _segments_html(column, unit)
        columns.append(column)
    y_step = max(1, _nice(peak / 4))
    y_ticks = [(round(plot_bottom - v * scale, 2), v) for v in range(0, peak + 1, y_step)]
    return StackedChart(columns, _ticks(slots, slot, step.days), y_ticks, types, width, height, plot_bottom, peak,
                        first.isoformat(), last.isoformat(), sum(totals.values()), round(slot, 4))


def _segments_html(column: Column, unit: str) -> Markup:
    """A column's stacked rectangles, each with its tooltip: what the template wrote with an escape per value
    (1,400 rectangles of 10 values for three years by week: 14,000 escapes, 40-60 ms a request)."""
    unit_text, first = escape(unit), escape(column.first)
    return Markup("".join(
        f'<rect x="{column.x}" y="{s.y}" width="{column.width}" height="{s.height}" class="seg t-{kind}"'
        f' data-type="{kind}"><title>{unit_text} of {first}: {s.count} {kind} ({column.total} in all; click: list'
        ' them)</title></rect>' for s in column.segments for kind in (escape(s.type),)))


def _nice(value: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if step >= value:
            return step
    return int(value)
