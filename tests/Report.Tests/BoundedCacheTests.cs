using GovInfo.Report.Caching;

namespace GovInfo.Report.Tests;

/// <summary>A bounded cache never holds more than its capacity, says how often it started again, and gives cached values back.</summary>
public class BoundedCacheTests
{
    [Fact]
    public void A_full_cache_starts_again_empty_and_counts_it()
    {
        var cache = new BoundedCache<string, string>(3, StringComparer.Ordinal);
        int made = 0;
        string Make(string key) { made++; return key.ToUpperInvariant(); }

        Assert.Equal("A", cache.GetOrAdd("a", Make));
        Assert.Equal("A", cache.GetOrAdd("a", Make));
        Assert.Equal(1, made);
        cache.GetOrAdd("b", Make);
        cache.GetOrAdd("c", Make);
        Assert.Equal((3, 0), (cache.Count, cache.Clears));

        Assert.Equal("D", cache.GetOrAdd("d", Make));
        Assert.Equal((1, 1), (cache.Count, cache.Clears));
        Assert.Equal("A", cache.GetOrAdd("a", Make));
        Assert.Equal(5, made);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string, string>(0));
    }
}
