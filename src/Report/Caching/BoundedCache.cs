using System.Collections.Concurrent;

namespace GovInfo.Report.Caching;

/// <summary>
/// A thread-safe cache that lives as long as its owner (a static one: the process) and holds at most
/// <see cref="Capacity"/> entries, so that keys taken from report text cannot grow it without end. When it is
/// full it starts again empty (<see cref="Clears"/> counts how often), so it keeps serving the labels of the
/// reports being read now. Every cache of govlint is listed in docs/caching.md with its key, lifetime and bound.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _clears;

    /// <summary>The most entries the cache holds.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _entries.Count;

    /// <summary>How many times the cache was full and started again empty.</summary>
    public int Clears => _clears;

    /// <summary>The value cached for <paramref name="key"/>, or the one <paramref name="create"/> makes, which is kept.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_entries.TryGetValue(key, out var value)) return value;
        value = create(key);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
            Interlocked.Increment(ref _clears);
        }
        return _entries.GetOrAdd(key, value);
    }
}
