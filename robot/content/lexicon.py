"""Word lists of wrong words (错别字) and wrong or sensitive expressions (严重表述错误), matched with an
Aho-Corasick automaton written here (pure Python, no dependency).

File format (the contract's, UTF-8, one entry a line)::

    wrong<TAB>right<TAB>kind

``kind`` is ``typo`` (→ ``text.typo``) or ``sensitive`` (→ ``text.sensitive``); ``right`` may be
empty for a word that must never appear; ``#`` starts a comment; blank lines are ignored.
A fourth kind, ``ok``, names a *correct* word that contains a wrong entry (``必需品`` for the entry
``必需``): a hit lying inside an ``ok`` word found at that place is dropped ("no hit inside a word
that is itself correct"). The same mechanism lets a site silence a default entry: an ``ok`` line
equal to the wrong word covers every hit of it. Hits lying inside a longer wrong hit are dropped
too (one finding for 中华人民共合国, not a second for 共合国). A later file's line for the same
word replaces an earlier one, so a site's file may change a default entry's kind or correction.

**Patterns.** A wrong word starting with ``re:`` is a regular expression (Python syntax, no tab and
no ``#`` in it), for errors that follow a pattern rather than a fixed string (十九大四中全会 for
十九届四中全会, any 届 and any session). Its ``right`` is a template in which backslash-one or
backslash-g-name stands for the match's group (``match.expand``); the data file's header has an
example. A pattern's hit is the text it matched and takes part in the suppression above like a
fixed word's (an ``ok`` word or a longer wrong hit covering it drops it; ``ok`` lines may be
patterns too). A pattern that does not compile, matches the empty string, or whose correction
names a group it lacks is a malformed line.

**Word ends.** A fixed entry whose error is only in its last characters (石塘乡 for 石塘镇, 澜溪市 for
澜溪县: the correction keeps the entry's head) is no error where those characters begin the next
word: 石塘乡村振兴 is 石塘 + 乡村振兴, 澜溪市场监管局 is 澜溪 + 市场监管局. A hit is dropped when a
common word (:data:`WORDS`, ``robot/data/words.txt``) starts at the entry's first differing character
and runs past the hit's end, unless the text right after the hit begins a common word too (石塘乡村民
may be 石塘乡 + 村民: the hit stays). Entries whose head is wrong (中华人民共合国 before 国家), whose
common head is a single character (签定, 部份), and entries with no correction are never dropped
this way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

Kind = Literal["typo", "sensitive", "ok"]
KINDS: tuple[str, ...] = ("typo", "sensitive", "ok")
_CONTEXT = 10  # characters of context either side of a hit
PATTERN_PREFIX = "re:"


class LexiconError(ValueError):
    """A lexicon file cannot be read, or a line of it is malformed: names the file and the line."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Entry:
    wrong: str
    right: str
    kind: str  # typo | sensitive | ok
    source: str = ""  # file:line

    @property
    def is_pattern(self) -> bool:
        return self.wrong.startswith(PATTERN_PREFIX)


@cache
def _compiled(wrong: str) -> re.Pattern[str]:
    return re.compile(wrong[len(PATTERN_PREFIX):])


@cache
def _required(wrong: str) -> str:
    """A piece of text every match of the pattern contains (its longest run of plain characters at
    the top level), '' when there is none; a page without it is not searched with the pattern (the
    regexes ran over the whole text of every page: a sixth of a 10,000-page run's rule time)."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = list(sre_parse.parse(wrong[len(PATTERN_PREFIX):]))
        literal = sre_parse.LITERAL
    except (ImportError, AttributeError, re.error):
        return ""
    best, run = "", ""
    for op, arg in items:
        if op is literal:
            run += chr(arg)
            best = max(best, run, key=len)
        else:
            run = ""
    return best


@dataclass(frozen=True, slots=True)
class LexHit:
    wrong: str
    right: str
    kind: str  # typo | sensitive
    start: int  # offset in the scanned text
    context: str  # ~20 characters around the hit, as in the text
    source: str = ""  # where the entry comes from (file:line)

    @property
    def end(self) -> int:
        return self.start + len(self.wrong)


class Automaton:
    """Aho-Corasick over a set of words: every occurrence of every word, overlapping ones included.

    States are ints; ``_goto[s]`` maps a character to the next state; ``_fail`` are the failure
    links; ``_out[s]`` lists the words (by index) that end at ``s``, the outputs of its suffix
    states merged in at build time. Characters outside the words' alphabet send the scan straight
    back to the root, which makes ordinary text (punctuation, digits, most characters) cheap.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words: list[str] = []
        goto: list[dict[str, int]] = [{}]
        out: list[list[tuple[int, int]]] = [[]]  # (length, word index)
        for word in words:
            if not word:
                raise ValueError("an empty word cannot be matched")
            index = len(self.words)
            self.words.append(word)
            state = 0
            for ch in word:
                nxt = goto[state].get(ch)
                if nxt is None:
                    nxt = len(goto)
                    goto[state][ch] = nxt
                    goto.append({})
                    out.append([])
                state = nxt
            out[state].append((len(word), index))
        fail = [0] * len(goto)
        queue: deque[int] = deque(goto[0].values())
        while queue:
            state = queue.popleft()
            for ch, nxt in goto[state].items():
                queue.append(nxt)
                f = fail[state]
                while f and ch not in goto[f]:
                    f = fail[f]
                target = goto[f].get(ch, 0)
                fail[nxt] = target if target != nxt else 0
                if out[fail[nxt]]:
                    out[nxt] = out[nxt] + out[fail[nxt]]
        self._goto = goto
        self._fail = fail
        self._out = out
        self.alphabet = frozenset(ch for word in self.words for ch in word)

    def __len__(self) -> int:
        return len(self.words)

    def iter(self, text: str) -> list[tuple[int, int]]:
        """(start, word index) of every occurrence, ordered by end position."""
        goto, fail, out, alphabet = self._goto, self._fail, self._out, self.alphabet
        root = goto[0]
        found: list[tuple[int, int]] = []
        append = found.append
        state = 0
        for i, ch in enumerate(text):
            if ch not in alphabet:
                state = 0
                continue
            nxt = goto[state].get(ch) if state else root.get(ch)
            while nxt is None and state:
                state = fail[state]
                nxt = goto[state].get(ch)
            if nxt is None:
                state = 0
                continue
            state = nxt
            hits = out[state]
            if hits:
                for length, w in hits:
                    append((i - length + 1, w))
        return found


class Lexicon:
    """Entries by wrong word, and the automaton that finds them (built on first use)."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}  # (word, 'ok' | 'wrong') → entry
        for e in entries:
            self._add(e)
        self._automaton: Automaton | None = None
        self._keys: list[tuple[str, str]] = []
        self._patterns: list[Entry] = []

    def _add(self, e: Entry) -> None:
        self.entries[(e.wrong, "ok" if e.kind == "ok" else "wrong")] = e

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, paths: Iterable[str | Path], *, base: Lexicon | None = None) -> Lexicon:
        """Read lexicon files (later lines win), on top of ``base``'s entries when given."""
        entries: list[Entry] = list(base.entries.values()) if base else []
        for path in paths:
            entries.extend(read_file(path))
        return cls(entries)

    @classmethod
    def default(cls) -> Lexicon:
        """The robot's own lexicon (``robot/data/lexicon.txt``), read once."""
        return _default()

    def with_files(self, paths: Iterable[str | Path]) -> Lexicon:
        """This lexicon plus the entries of ``paths`` (a site's ``lexicons:``)."""
        paths = list(paths)
        return self if not paths else Lexicon.load(paths, base=self)

    @property
    def automaton(self) -> Automaton:
        if self._automaton is None:
            self._keys = [k for k, e in self.entries.items() if not e.is_pattern]
            self._patterns = [e for e in self.entries.values() if e.is_pattern]
            self._automaton = Automaton(word for word, _ in self._keys)
        return self._automaton

    def _pattern_hits(self, text: str) -> list[tuple[int, int, Entry]]:
        """(start, end, entry) of every pattern entry's match, the entry carrying the matched text
        as its wrong word and the expanded template as its correction."""
        out = []
        for e in self._patterns:
            need = _required(e.wrong)
            if need and need not in text:
                continue
            for m in _compiled(e.wrong).finditer(text):
                if m.end() > m.start():
                    right = m.expand(e.right) if e.right else ""
                    out.append((m.start(), m.end(), Entry(m.group(0), right, e.kind, e.source)))
        return out

    def scan(self, text: str) -> list[LexHit]:
        """Every wrong word in ``text`` not inside an ``ok`` word or a longer wrong word, in order."""
        if not text or not self.entries:
            return []
        automaton = self.automaton
        wrong: list[tuple[int, int, Entry]] = []
        ok_spans: list[tuple[int, int]] = []
        found = [(start, start + len(self._keys[index][0]), self.entries[self._keys[index]])
                 for start, index in automaton.iter(text)]
        for s, e, entry in found:
            if entry.kind == "ok":
                ok_spans.append((s, e))
            elif not ends_inside_next_word(text, s, e, entry.wrong, entry.right):
                wrong.append((s, e, entry))
        for s, e, entry in self._pattern_hits(text):
            if entry.kind == "ok":
                ok_spans.append((s, e))
            else:
                wrong.append((s, e, entry))
        if not wrong:
            return []
        ok_set = set(ok_spans)
        covers = sorted(ok_spans + [(s, e) for s, e, _ in wrong])
        starts = [cs for cs, _ in covers]
        longest = max(ce - cs for cs, ce in covers)
        kept: list[tuple[int, int, Entry]] = []
        for s, e, entry in wrong:
            # an ok word covering it, or a longer wrong word covering it: spans starting in [e - longest, s]
            lo, hi = bisect_left(starts, e - longest), bisect_right(starts, s)
            if not any(e <= ce and (ce - cs > e - s or (cs, ce) in ok_set) for cs, ce in covers[lo:hi]):
                kept.append((s, e, entry))
        # wrong words that overlap (信丰县攻府 and 攻府办 in 信丰县攻府办公室) are one error: the longest wins
        taken: set[int] = set()
        chosen: list[tuple[int, int, Entry]] = []
        for s, e, entry in sorted(kept, key=lambda w: (w[0] - w[1], w[0])):
            if not any(i in taken for i in range(s, e)):
                taken.update(range(s, e))
                chosen.append((s, e, entry))
        hits = []
        for s, e, entry in sorted(chosen, key=lambda w: w[0]):
            a, b = _widen(text, max(0, s - _CONTEXT), min(len(text), e + _CONTEXT))
            context = " ".join(text[a:b].split())
            hits.append(LexHit(entry.wrong, entry.right, entry.kind, s, context, entry.source))
        return hits


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common words of 2-4 Chinese characters (``robot/data/words.txt``), read once."""
    text = resources.files("robot").joinpath("data/words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in (ln.strip() for ln in text.splitlines()) if w and not w.startswith("#"))


_WORD_MAX = 4


def ends_inside_next_word(text: str, start: int, end: int, wrong: str, right: str) -> bool:
    """Whether the hit ``text[start:end]`` of ``wrong`` is really its head followed by another word:
    the entry differs from its correction only after a common head, a common word starts at the
    first differing character and runs past the hit's end, and no common word starts right after the
    hit (see the module's *Word ends*)."""
    if not right:
        return False
    head = 0
    while head < min(len(wrong), len(right)) and wrong[head] == right[head]:
        head += 1
    if head < 2 or head >= len(wrong):  # a one-character head is rarely a word of its own (签定, 部份)
        return False
    words = common_words()
    at = start + head
    if not any(text[at:at + n] in words for n in range(max(2, end - at + 1), _WORD_MAX + 1)
               if at + n <= len(text)):
        return False
    return not any(text[end:end + n] in words for n in range(2, _WORD_MAX + 1) if end + n <= len(text))


_DIGITISH = frozenset("0123456789０１２３４５６７８９Xx")


def _widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Context bounds moved out to whole numbers, so no phone or ID number is cut in half (a cut one
    could not be recognised and masked afterwards)."""
    for _ in range(24):
        if 0 < a and text[a - 1] in _DIGITISH and text[a] in _DIGITISH:
            a -= 1
        if b < len(text) and text[b - 1] in _DIGITISH and text[b] in _DIGITISH:
            b += 1
    return a, b


def parse_lines(lines: Iterable[str], source: str) -> list[Entry]:
    """Entries of a lexicon's lines; :class:`LexiconError` naming ``source`` and the line when one is bad."""
    entries = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip("\r\n")
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            hint = " (separate the fields with tabs, not spaces)" if len(fields) == 1 and " " in line.strip() else ""
            raise LexiconError(source, number,
                               f"expected 3 tab-separated fields wrong<TAB>right<TAB>kind, found {len(fields)}{hint}")
        wrong, right, kind = (f.strip() for f in fields)
        if not wrong:
            raise LexiconError(source, number, "the wrong word (first field) is empty")
        if kind not in KINDS:
            raise LexiconError(source, number, f"unknown kind {kind!r}: use typo, sensitive or ok")
        if kind != "ok" and wrong == right:
            raise LexiconError(source, number, f"{wrong!r} is given as its own correction")
        if wrong.startswith(PATTERN_PREFIX):
            _check_pattern(wrong, right, kind, source, number)
        entries.append(Entry(wrong, right, kind, f"{source}:{number}"))
    return entries


def _check_pattern(wrong: str, right: str, kind: str, source: str, number: int) -> None:
    try:
        pattern = _compiled(wrong)
    except re.error as e:
        raise LexiconError(source, number, f"the pattern {wrong!r} does not compile ({e})") from None
    if pattern.fullmatch("") is not None or pattern.search("") is not None:
        raise LexiconError(source, number, f"the pattern {wrong!r} matches the empty string")
    if right and kind != "ok":
        try:  # the template's group references must exist in the pattern
            groups = {str(i) for i in range(pattern.groups + 1)} | set(pattern.groupindex)
            for ref in re.findall(r"\\(\d+)|\\g<([^>]*)>", right):
                name = ref[0] or ref[1]
                if name not in groups:
                    raise re.error(f"no group {name}")
        except re.error as e:
            raise LexiconError(source, number, f"the correction {right!r} refers to a group the pattern lacks ({e})") from None


def read_file(path: str | Path) -> list[Entry]:
    """The entries of one lexicon file (UTF-8, a BOM allowed)."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise LexiconError(str(path), None, f"cannot read the lexicon file ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise LexiconError(str(path), line, "not UTF-8 text (save the file as UTF-8)") from None
    return parse_lines(text.splitlines(), str(path))


@lru_cache(maxsize=1)
def _default() -> Lexicon:
    text = resources.files("robot").joinpath("data/lexicon.txt").read_text(encoding="utf-8")
    return Lexicon(parse_lines(text.splitlines(), "robot/data/lexicon.txt"))


_SITE_CACHE: dict[tuple[str, ...], tuple[tuple[float, ...], Lexicon]] = {}


def site_lexicon(paths: Iterable[str | Path], base_dir: str | Path | None = None) -> Lexicon:
    """The default lexicon plus a site's files (relative paths against ``base_dir``, else the
    working folder), cached by path and modification time across the rules and runs of a process."""
    resolved = tuple(str(Path(base_dir or ".") / p) if not Path(p).is_absolute() else str(p) for p in paths)
    if not resolved:
        return Lexicon.default()
    try:
        stamp = tuple(Path(p).stat().st_mtime for p in resolved)
    except OSError:
        stamp = ()
    cached = _SITE_CACHE.get(resolved)
    if cached is not None and cached[0] == stamp and stamp:
        return cached[1]
    lexicon = Lexicon.default().with_files(resolved)
    _SITE_CACHE[resolved] = (stamp, lexicon)
    return lexicon
