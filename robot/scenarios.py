"""Interaction scenarios (``scenarios/*.yaml``): what a citizen does on a site, step by step.

A scenario is read and checked completely before any browser starts. Each step is one verb with
its arguments; an unknown verb, a missing or extra argument or a badly shaped locator raises
:class:`ScenarioError` naming the file, the line and the step (``step 3 (fill)``).

```yaml
name: demo-ldxx                # used in the bundle folder's name
site: demo                     # a site id of the config (optional)
description: 领导信箱：打开写信页，填写后不提交
steps:
  - goto: /hdjl/ldxx/                          # a path is relative to the site's homepage
  - measure: {start: open-write}
  - click: {role: link, name: 我要写信, nth: 0}
  - wait_for: {state: load}                    # or a locator, or a number of milliseconds
  - fill: {locator: {label: 信件标题}, value: 关于测试的来信}
  - select: {locator: {label: 信件类别}, value: 建议}
  - check: {label: 不公开}
  - press: {locator: {label: 信件标题}, key: Tab}
  - expect_text: {text: 我要写信, locator: {css: .coltitle}}
  - expect_visible: {role: button, name: 提交}
  - screenshot: {name: letter-form, locator: {css: "#letterForm"}}
  - measure: {stop: open-write}
  - probe: {kind: message_board}               # message_board | application | guide | column
```

Locators say what a person sees, in this order of preference: ``{role: button, name: 提交}``,
``{label: 申请人姓名}``, ``{text: 我要写信}``, ``{placeholder: 请输入关键词}``, and only then
``{css: "#ysqForm textarea"}``. A bare string is a text locator. ``exact: true`` asks for the whole
text; ``nth: N`` picks the N-th match (0 first, -1 last) where several elements match.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeAlias

import yaml

VERBS = (
    "goto",
    "click",
    "fill",
    "select",
    "check",
    "press",
    "wait_for",
    "expect_text",
    "expect_visible",
    "screenshot",
    "measure",
    "probe",
)
LOCATOR_KINDS = ("role", "label", "text", "placeholder", "css")
LOAD_STATES = ("load", "domcontentloaded", "networkidle")
PROBE_KINDS = ("message_board", "application", "guide", "column")
MAX_WAIT_MS = 60_000
# ARIA roles Playwright's get_by_role accepts (the ones a government portal's pages use and more).
ROLES = frozenset(
    """
alert alertdialog application article banner blockquote button caption cell checkbox code columnheader
combobox complementary contentinfo definition deletion dialog directory document emphasis feed figure form
generic grid gridcell group heading img insertion link list listbox listitem log main marquee math meter menu
menubar menuitem menuitemcheckbox menuitemradio navigation none note option paragraph presentation
progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider
spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer
toolbar tooltip tree treegrid treeitem
""".split()
)
_NAME = re.compile(r"^[\w.-]+$")  # screenshot and measure names: letters (Chinese too), digits, _ . -
_SITE_ID = re.compile(r"^[a-z0-9-]+$")
_TOP_KEYS = ("name", "site", "description", "steps")


class ScenarioError(Exception):
    """A scenario that cannot be replayed. ``str()`` is the one message the user sees."""

    def __init__(self, path: str, line: int | None, step: str, message: str) -> None:
        self.path, self.line, self.step, self.message = path, line, step, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {step}: {message}" if step else f"{where}: {message}")


# --- the scenario's types ------------------------------------------------------------------------

LocatorKind = Literal["role", "label", "text", "placeholder", "css"]


@dataclass(frozen=True, slots=True)
class Locator:
    """How a step finds an element, in a person's terms first (role, label, text)."""

    kind: LocatorKind
    value: str
    name: str | None = None  # the accessible name, for ``role`` only
    exact: bool = False
    nth: int | None = None

    def describe(self) -> str:
        """``role=button[name="提交"]``, ``label="申请人姓名"`` …, for tables and messages."""
        text = f"{self.kind}={self.value}" if self.kind == "role" else f'{self.kind}="{self.value}"'
        if self.name is not None:
            text += f'[name="{self.name}"]'
        if self.exact:
            text += " exact"
        if self.nth is not None:
            text += f" nth={self.nth}"
        return text

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {self.kind: self.value}
        if self.name is not None:
            out["name"] = self.name
        if self.exact:
            out["exact"] = True
        if self.nth is not None:
            out["nth"] = self.nth
        return out


@dataclass(frozen=True, slots=True)
class Goto:
    url: str  # absolute, or a path relative to the site's homepage


@dataclass(frozen=True, slots=True)
class Click:
    locator: Locator


@dataclass(frozen=True, slots=True)
class Fill:
    locator: Locator
    value: str


@dataclass(frozen=True, slots=True)
class Select:
    locator: Locator
    value: str  # an option's value or its visible label


@dataclass(frozen=True, slots=True)
class Check:
    locator: Locator


@dataclass(frozen=True, slots=True)
class Press:
    locator: Locator
    key: str  # Playwright key names: Enter, Tab, Control+A …


@dataclass(frozen=True, slots=True)
class WaitFor:
    """Exactly one of: an element to appear, a load state, a pause in milliseconds."""

    locator: Locator | None = None
    state: str | None = None
    ms: int | None = None


@dataclass(frozen=True, slots=True)
class ExpectText:
    text: str
    locator: Locator | None = None  # None: anywhere on the page


@dataclass(frozen=True, slots=True)
class ExpectVisible:
    locator: Locator


@dataclass(frozen=True, slots=True)
class Screenshot:
    name: str
    locator: Locator | None = None  # outlined in red and scrolled into view
    full_page: bool = False


@dataclass(frozen=True, slots=True)
class Measure:
    action: Literal["start", "stop"]
    name: str


@dataclass(frozen=True, slots=True)
class Probe:
    kind: str  # message_board | application | guide | column
    url: str | None = None  # default: the site's configured or discovered channel


StepArgs: TypeAlias = (
    Goto
    | Click
    | Fill
    | Select
    | Check
    | Press
    | WaitFor
    | ExpectText
    | ExpectVisible
    | Screenshot
    | Measure
    | Probe
)


@dataclass(frozen=True, slots=True)
class Step:
    index: int  # 1-based, as in the bundle's file names (03-fill.png)
    verb: str
    args: StepArgs
    line: int | None  # where the step starts in the scenario file

    @property
    def label(self) -> str:
        return f"step {self.index} ({self.verb})"

    def args_json(self) -> dict[str, Any]:
        """The arguments as written in steps.json (before personal data is masked)."""
        a = self.args
        out: dict[str, Any] = {}
        for f in a.__dataclass_fields__:
            v = getattr(a, f)
            if v is None or (f in ("full_page", "exact") and v is False):
                continue
            out[f] = v.to_json() if isinstance(v, Locator) else v
        return out

    def summary(self) -> str:
        """One line for tables: ``label="信件标题" ← 关于…``."""
        a = self.args
        if isinstance(a, Goto):
            return a.url
        if isinstance(a, Fill | Select):
            return f"{a.locator.describe()} ← {a.value}"
        if isinstance(a, Press):
            return f"{a.locator.describe()} ⌨ {a.key}"
        if isinstance(a, Click | Check | ExpectVisible):
            return a.locator.describe()
        if isinstance(a, WaitFor):
            if a.locator is not None:
                return a.locator.describe()
            return f"state={a.state}" if a.state else f"{a.ms} ms"
        if isinstance(a, ExpectText):
            return f"“{a.text}”" + (f" in {a.locator.describe()}" if a.locator else "")
        if isinstance(a, Screenshot):
            return (
                a.name
                + (f" · {a.locator.describe()}" if a.locator else "")
                + (" · full page" if a.full_page else "")
            )
        if isinstance(a, Measure):
            return f"{a.action} {a.name}"
        return a.kind + (f" {a.url}" if a.url else "")


@dataclass(frozen=True)
class Scenario:
    name: str
    steps: tuple[Step, ...]
    site: str | None = None
    description: str = ""
    source: str = "<scenario>"  # the file it came from
    text: str = field(default="", repr=False)  # the file's text, kept with the evidence

    @property
    def slug(self) -> str:
        """The name as it appears in folder names: ASCII letters, digits and hyphens."""
        for candidate in (self.name, Path(self.source).stem):
            slug = re.sub(r"[^a-z0-9]+", "-", candidate.lower()).strip("-")
            if slug:
                return slug[:60]
        return "scenario"


# --- YAML with line numbers -----------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that keeps the line of every mapping key and sequence item (as robot.config does)."""


class _Lined(dict):  # type: ignore[type-arg]
    def __init__(self, data: dict[Any, Any], lines: dict[Any, int], line: int) -> None:
        super().__init__(data)
        self.lines, self.line = lines, line


class _LinedList(list):  # type: ignore[type-arg]
    def __init__(self, data: list[Any], lines: list[int], line: int) -> None:
        super().__init__(data)
        self.lines, self.line = lines, line


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    lines = {loader.construct_object(k, deep=True): k.start_mark.line + 1 for k, _ in node.value}
    return _Lined(mapping, lines, node.start_mark.line + 1)


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    seq = loader.construct_sequence(node, deep=True)
    return _LinedList(seq, [n.start_mark.line + 1 for n in node.value], node.start_mark.line + 1)


# YAML 1.1 reads on/off/yes/no as booleans, 2024-04-28 as a date, 0123 as octal 83 and 1.5 as a
# float; in a scenario such values are text to type or to look for. Only true/false are booleans
# and only plain decimal numbers are numbers (milliseconds, nth).
_TEXT_TAGS = (
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
)
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in _TEXT_TAGS]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


# --- checking the steps ---------------------------------------------------------------------------


class _Bad(Exception):
    """A problem inside one step; the loader adds the file, line and step."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def _line(node: Any, key: Any = None) -> int | None:
    if key is not None and isinstance(node, _Lined):
        return node.lines.get(key, node.line)
    return getattr(node, "line", None)


def _text(value: Any, what: str, line: int | None) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float) or str(value).strip() == "":
        raise _Bad(f"{what} must be non-empty text, not {_shown(value)}", line)
    return str(value)


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _keys(node: Mapping[Any, Any], required: tuple[str, ...], optional: tuple[str, ...], verb: str) -> None:
    allowed = required + optional
    for key in node:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), allowed, n=1)
            also = f"; did you mean {hint[0]!r}?" if hint else ""
            raise _Bad(f"unknown argument {key!r} (expected: {', '.join(allowed)}){also}", _line(node, key))
    for key in required:
        if key not in node:
            raise _Bad(f"missing argument {key!r} ({verb} takes {', '.join(allowed)})", _line(node))


def parse_locator(value: Any, line: int | None = None) -> Locator:
    """A locator from its YAML form; a bare string is a text locator."""
    if isinstance(value, str):
        if not value.strip():
            raise _Bad("an empty locator", line)
        return Locator("text", value)
    if not isinstance(value, dict):
        raise _Bad(
            f"a locator must be text or a mapping like {{role: button, name: 提交}}, not {_shown(value)}",
            line,
        )
    line = _line(value) or line
    kinds = [k for k in value if k in LOCATOR_KINDS]
    if len(kinds) != 1:
        found = (
            f"found {', '.join(map(str, kinds))}"
            if kinds
            else f"found {', '.join(map(str, value)) or 'nothing'}"
        )
        raise _Bad(f"a locator needs exactly one of {', '.join(LOCATOR_KINDS)} ({found})", line)
    kind = kinds[0]
    for key in value:
        if key in LOCATOR_KINDS or key in ("exact", "nth") or (key == "name" and kind == "role"):
            continue
        if key == "name":
            raise _Bad(f"'name' belongs to a role locator, not to {kind!r}", _line(value, key))
        hint = difflib.get_close_matches(str(key), [*LOCATOR_KINDS, "name", "exact", "nth"], n=1)
        also = f"; did you mean {hint[0]!r}?" if hint else ""
        raise _Bad(f"unknown locator key {key!r}{also}", _line(value, key))
    raw = _text(value[kind], f"locator {kind!r}", _line(value, kind))
    if kind == "role" and raw not in ROLES:
        hint = difflib.get_close_matches(raw, sorted(ROLES), n=1)
        also = f"; did you mean {hint[0]!r}?" if hint else ""
        raise _Bad(f"unknown ARIA role {raw!r}{also}", _line(value, kind))
    name = _text(value["name"], "a role's name", _line(value, "name")) if "name" in value else None
    exact = value.get("exact", False)
    if not isinstance(exact, bool):
        raise _Bad(f"exact must be true or false, not {_shown(exact)}", _line(value, "exact"))
    nth = value.get("nth")
    if nth is not None and (isinstance(nth, bool) or not isinstance(nth, int)):
        raise _Bad(f"nth must be a whole number (0 first, -1 last), not {_shown(nth)}", _line(value, "nth"))
    return Locator(kind, raw, name=name, exact=exact, nth=nth)


def _mapping(value: Any, verb: str, example: str, line: int | None) -> _Lined:
    if not isinstance(value, _Lined):
        raise _Bad(f"{verb} takes a mapping like {example}, not {_shown(value)}", line)
    return value


def _goto(v: Any, line: int | None) -> Goto:
    if isinstance(v, dict):
        _keys(v, ("url",), (), "goto")
        return Goto(_text(v["url"], "url", _line(v, "url")))
    return Goto(_text(v, "goto's url or path", line))


def _click(v: Any, line: int | None) -> Click:
    return Click(parse_locator(v, line))


def _check(v: Any, line: int | None) -> Check:
    return Check(parse_locator(v, line))


def _expect_visible(v: Any, line: int | None) -> ExpectVisible:
    return ExpectVisible(parse_locator(v, line))


def _fill(v: Any, line: int | None) -> Fill:
    m = _mapping(v, "fill", "{locator: {label: 信件标题}, value: 测试}", line)
    _keys(m, ("locator", "value"), (), "fill")
    return Fill(parse_locator(m["locator"], _line(m, "locator")), _value(m["value"], _line(m, "value")))


def _value(value: Any, line: int | None) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value is None:
        raise _Bad(f"value must be text, not {_shown(value)}", line)
    return str(value)


def _select(v: Any, line: int | None) -> Select:
    m = _mapping(v, "select", "{locator: {label: 信件类别}, value: 建议}", line)
    _keys(m, ("locator", "value"), (), "select")
    return Select(
        parse_locator(m["locator"], _line(m, "locator")), _text(m["value"], "value", _line(m, "value"))
    )


def _press(v: Any, line: int | None) -> Press:
    m = _mapping(v, "press", "{locator: {label: 信件标题}, key: Enter}", line)
    _keys(m, ("locator", "key"), (), "press")
    return Press(parse_locator(m["locator"], _line(m, "locator")), _text(m["key"], "key", _line(m, "key")))


def _wait_ms(value: Any, line: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_WAIT_MS:
        raise _Bad(
            f"a wait in milliseconds must be a whole number from 0 to {MAX_WAIT_MS}, not {_shown(value)}",
            line,
        )
    return value


def _wait_for(v: Any, line: int | None) -> WaitFor:
    if isinstance(v, int) and not isinstance(v, bool):
        return WaitFor(ms=_wait_ms(v, line))
    if isinstance(v, dict) and "state" in v:
        _keys(v, ("state",), (), "wait_for")
        state = v["state"]
        if state not in LOAD_STATES:
            raise _Bad(
                f"state must be one of {', '.join(LOAD_STATES)}, not {_shown(state)}", _line(v, "state")
            )
        return WaitFor(state=state)
    if isinstance(v, dict) and "ms" in v:
        _keys(v, ("ms",), (), "wait_for")
        return WaitFor(ms=_wait_ms(v["ms"], _line(v, "ms")))
    if v is None:
        raise _Bad(
            "wait_for needs a locator, {state: load|domcontentloaded|networkidle} or milliseconds", line
        )
    return WaitFor(locator=parse_locator(v, line))


def _expect_text(v: Any, line: int | None) -> ExpectText:
    if isinstance(v, dict):
        _keys(v, ("text",), ("locator",), "expect_text")
        loc = parse_locator(v["locator"], _line(v, "locator")) if "locator" in v else None
        return ExpectText(_text(v["text"], "text", _line(v, "text")), loc)
    return ExpectText(_text(v, "the expected text", line))


def _screenshot_name(value: Any, line: int | None) -> str:
    name = _text(value, "a screenshot's name", line)
    if not _NAME.match(name) or len(name) > 60:
        raise _Bad(
            f"name {name!r}: use up to 60 letters, digits, '_', '.' or '-' (it becomes part of a file name)",
            line,
        )
    return name


def _screenshot(v: Any, line: int | None) -> Screenshot:
    if isinstance(v, dict):
        _keys(v, ("name",), ("locator", "full_page"), "screenshot")
        loc = parse_locator(v["locator"], _line(v, "locator")) if "locator" in v else None
        full = v.get("full_page", False)
        if not isinstance(full, bool):
            raise _Bad(f"full_page must be true or false, not {_shown(full)}", _line(v, "full_page"))
        return Screenshot(_screenshot_name(v["name"], _line(v, "name")), loc, full)
    return Screenshot(_screenshot_name(v, line))


def _measure(v: Any, line: int | None) -> Measure:
    m = _mapping(v, "measure", "{start: open-form} or {stop: open-form}", line)
    _keys(m, (), ("start", "stop"), "measure")
    if len(m) != 1:
        raise _Bad("measure takes exactly one of start or stop", line)
    action: Literal["start", "stop"] = "start" if "start" in m else "stop"
    name = _text(m[action], "the measure's name", _line(m, action))
    if not _NAME.match(name):
        raise _Bad(f"measure name {name!r}: use letters, digits, '_', '.' or '-'", _line(m, action))
    return Measure(action, name)


def _probe(v: Any, line: int | None) -> Probe:
    if isinstance(v, dict):
        _keys(v, ("kind",), ("url",), "probe")
        kind, kind_line = v["kind"], _line(v, "kind")
        url = _text(v["url"], "url", _line(v, "url")) if "url" in v else None
    else:
        kind, kind_line, url = v, line, None
    if kind not in PROBE_KINDS:
        raise _Bad(f"probe kind must be one of {', '.join(PROBE_KINDS)}, not {_shown(kind)}", kind_line)
    return Probe(kind, url)


_PARSERS: dict[str, Callable[[Any, int | None], StepArgs]] = {
    "goto": _goto,
    "click": _click,
    "fill": _fill,
    "select": _select,
    "check": _check,
    "press": _press,
    "wait_for": _wait_for,
    "expect_text": _expect_text,
    "expect_visible": _expect_visible,
    "screenshot": _screenshot,
    "measure": _measure,
    "probe": _probe,
}
assert tuple(_PARSERS) == VERBS


def _step(raw: Any, index: int, line: int | None, source: str) -> Step:
    label = f"step {index}"
    if not isinstance(raw, dict) or not raw:
        raise ScenarioError(
            source, line, label, f"a step is one verb with its arguments, e.g. '- goto: /', not {_shown(raw)}"
        )
    if len(raw) != 1:
        verbs = ", ".join(map(str, raw))
        raise ScenarioError(
            source, line, label, f"a step is exactly one verb; found {verbs} (split them into steps)"
        )
    verb, value = next(iter(raw.items()))
    if verb not in _PARSERS:
        hint = difflib.get_close_matches(str(verb), VERBS, n=1)
        also = f"; did you mean {hint[0]!r}?" if hint else ""
        raise ScenarioError(source, line, label, f"unknown verb {verb!r} (verbs: {', '.join(VERBS)}){also}")
    try:
        args = _PARSERS[verb](value, line)
    except _Bad as e:
        raise ScenarioError(source, e.line or line, f"{label} ({verb})", e.message) from None
    return Step(index, verb, args, line)


def parse_scenario(text: str, source: str = "<scenario>") -> Scenario:
    """A scenario from its YAML text; :class:`ScenarioError` at the first problem."""
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e)
        raise ScenarioError(
            source, mark.line + 1 if mark else None, "", f"not valid YAML: {problem}"
        ) from None
    if not isinstance(data, _Lined):
        raise ScenarioError(source, 1, "", "a scenario is a mapping with name, site, description and steps")
    for key in data:
        if key not in _TOP_KEYS:
            hint = difflib.get_close_matches(str(key), _TOP_KEYS, n=1)
            also = f"; did you mean {hint[0]!r}?" if hint else ""
            raise ScenarioError(
                source,
                _line(data, key),
                str(key),
                f"is not a scenario setting (expected: {', '.join(_TOP_KEYS)}){also}",
            )
    if "name" not in data:
        raise ScenarioError(source, data.line, "name", "is required")
    try:
        name = _text(data["name"], "name", _line(data, "name"))
    except _Bad as e:
        raise ScenarioError(source, e.line, "name", e.message) from None
    site = data.get("site")
    if site is not None and (not isinstance(site, str) or not _SITE_ID.match(site)):
        raise ScenarioError(
            source,
            _line(data, "site"),
            "site",
            f"must be a site id of the config ([a-z0-9-]+), not {_shown(site)}",
        )
    description = data.get("description") or ""
    if not isinstance(description, str):
        raise ScenarioError(
            source, _line(data, "description"), "description", f"must be text, not {_shown(description)}"
        )
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, _LinedList) or not raw_steps:
        raise ScenarioError(
            source,
            _line(data, "steps") if "steps" in data else data.line,
            "steps",
            "needs a list of at least one step (e.g. '- goto: /')",
        )
    steps = tuple(_step(raw, i + 1, raw_steps.lines[i], source) for i, raw in enumerate(raw_steps))
    _check_measures(steps, source)
    return Scenario(
        name=name, steps=steps, site=site, description=description.strip(), source=source, text=text
    )


def _check_measures(steps: tuple[Step, ...], source: str) -> None:
    running: dict[str, Step] = {}
    for step in steps:
        if not isinstance(step.args, Measure):
            continue
        name = step.args.name
        if step.args.action == "start":
            if name in running:
                raise ScenarioError(
                    source,
                    step.line,
                    step.label,
                    f"measure {name!r} is already running (started at {running[name].label})",
                )
            running[name] = step
        elif running.pop(name, None) is None:
            raise ScenarioError(source, step.line, step.label, f"measure {name!r} was never started")
    for name, step in running.items():
        raise ScenarioError(source, step.line, step.label, f"measure {name!r} is started but never stopped")


def load_scenario(path: str | Path) -> Scenario:
    """Read and check a scenario file; :class:`ScenarioError` names the file, line and step."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(str(p), None, "", "no such file") from None
    except UnicodeDecodeError as e:
        raise ScenarioError(str(p), None, "", f"not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise ScenarioError(str(p), None, "", e.strerror or str(e)) from None
    return parse_scenario(text, str(p))
