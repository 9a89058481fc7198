"""Bisection algorithms: searching and inserting in sorted lists."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

# the classic names
bisect = bisect_right
insort = insort_right
