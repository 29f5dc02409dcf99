using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Almanac.Storage;

/// <summary>
/// A read-only list whose items are made on first use. Entities that refer to entities of their own kind (an actor's
/// alignments) hold such a list, so that decoding one never decodes the other in turn: references may form cycles
/// (two actors aligned with each other) or long chains.
/// </summary>
internal sealed class DeferredList<T> : IReadOnlyList<T>
{
    private readonly int _count;
    private Func<T[]>? _make;
    private T[]? _items;

    public DeferredList(int count, Func<T[]> make)
    {
        _count = count;
        _make = make;
    }

    private T[] Items
    {
        get
        {
            T[]? items = Volatile.Read(ref _items);
            if (items is null)
            {
                Func<T[]>? make = Volatile.Read(ref _make);
                items = make is null ? Volatile.Read(ref _items)! : make();
                items = Interlocked.CompareExchange(ref _items, items, null) ?? items;
                Volatile.Write(ref _make, null);
            }
            return items;
        }
    }

    public int Count => _count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
