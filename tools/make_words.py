"""Write robot/data/words.txt, the common-word list the lexicon uses to tell where a word ends.

Source: the dictionary of jieba 0.42.1 (``jieba/dict.txt``, MIT licence, 349,046 words with
frequencies). Kept: words of 2 to 4 Chinese characters (CJK unified ideographs) with a frequency of
at least ``MIN_FREQ``, one a line, sorted. Usage (jieba is not a dependency of the robot)::

    pip install --target /tmp/jiebalib jieba==0.42.1
    python tools/make_words.py /tmp/jiebalib/jieba/dict.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MIN_FREQ = 100
OUT = Path(__file__).resolve().parent.parent / "robot" / "data" / "words.txt"
HEADER = ("# Common Chinese words of 2-4 characters (frequency >= {n} in jieba 0.42.1's dict.txt, MIT licence),\n"
          "# used by robot.content.lexicon to tell where a word ends. Made by tools/make_words.py.\n")


def main(dict_path: str) -> None:
    words = set()
    for line in Path(dict_path).read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", parts[0]) and int(parts[1]) >= MIN_FREQ:
            words.add(parts[0])
    OUT.write_text(HEADER.format(n=MIN_FREQ) + "\n".join(sorted(words)) + "\n", "utf-8")
    print(f"{len(words)} words → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
