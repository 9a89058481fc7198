"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k; a[0] is the
smallest item. The primitives come from the native _heapq module.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


# Python versions of the sift helpers, for code that uses them directly.

def _siftdown(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    '''
    # Each heap entry is [sort value, input number, current item, next function]; the input
    # number breaks ties, so equal values come out in input order and items are never compared.
    # For reverse=True the heap is a max-heap and the input number is negated.
    sign = -1 if reverse else 1
    if reverse:
        fix, pop_top, replace_top = _heapify_max, _heappop_max, _heapreplace_max
    else:
        fix, pop_top, replace_top = heapify, heappop, heapreplace
    entries = []
    for number, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            item = advance()
        except StopIteration:
            continue
        entries.append([item if key is None else key(item), number * sign, item, advance])
    fix(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            _, _, item, advance = entry
            yield item
            try:
                item = advance()
            except StopIteration:
                pop_top(entries)
                break
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace_top(entries, entry)
    if entries:
        _, _, item, advance = entries[0]
        yield item
        while True:
            try:
                item = advance()
            except StopIteration:
                return
            yield item


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    if n == 1:
        absent = object()
        found = min(iterable, default=absent) if key is None else min(iterable, default=absent, key=key)
        return [] if found is absent else [found]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    if n == 1:
        absent = object()
        found = max(iterable, default=absent) if key is None else max(iterable, default=absent, key=key)
        return [] if found is absent else [found]
    return sorted(iterable, key=key, reverse=True)[:n]
