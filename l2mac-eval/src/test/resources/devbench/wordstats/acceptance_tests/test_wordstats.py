"""Acceptance tests of the word statistics tool, written independently of any implementation."""
import pathlib
import subprocess
import sys

import wordstats

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "examples" / "sample.txt"


def test_counts_lines_including_a_last_line_without_newline():
    assert wordstats.count_lines("a\nb\nc") == 3


def test_counts_whitespace_separated_words():
    assert wordstats.count_words("one  two\tthree\nfour") == 4


def test_most_common_word_ignores_case():
    assert wordstats.most_common("Dog cat DOG cat dog") == "dog"


def test_command_line_prints_the_three_statistics():
    result = subprocess.run([sys.executable, "wordstats.py", str(SAMPLE)], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines() == ["lines: 3", "words: 11", "most common: the"]
