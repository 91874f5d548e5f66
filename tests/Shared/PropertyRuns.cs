using System.Diagnostics;

namespace GovInfo.Tests;

/// <summary>
/// How many cases a property test runs: a small number CI affords, or the number in the environment variable
/// <c>GOVLINT_PROPERTY_ITERATIONS</c> for a long local run; and the memory every case must stay under.
/// </summary>
public static class PropertyRuns
{
    public const string Variable = "GOVLINT_PROPERTY_ITERATIONS";

    /// <summary>The managed heap and the process's peak working set stay under this (500 MB) through every run.</summary>
    public const long MemoryCap = 500L * 1000 * 1000;

    /// <summary>Threads CsCheck runs cases on: GOVLINT_PROPERTY_THREADS, else all cores (-1).</summary>
    public static int Threads => int.TryParse(Environment.GetEnvironmentVariable("GOVLINT_PROPERTY_THREADS"), out int n) && n > 0 ? n : -1;

    /// <summary><paramref name="ciDefault"/>, or the variable's value when it is set to a positive number.</summary>
    public static long Iterations(long ciDefault)
        => long.TryParse(Environment.GetEnvironmentVariable(Variable), out long n) && n > 0 ? n : ciDefault;

    /// <summary>Fails when the managed heap is over <see cref="MemoryCap"/> (checked after a case, cheaply).</summary>
    public static void AssertMemoryBounded()
    {
        long heap = GC.GetTotalMemory(forceFullCollection: false);
        if (heap > MemoryCap) heap = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(heap < MemoryCap, $"managed heap {heap:N0} bytes");
    }

    /// <summary>Writes the run's size and the process's peak memory to the console (and to GOVLINT_PROPERTY_LOG when set).</summary>
    public static void Report(string name, long iterations)
    {
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        string line = $"{name}: {iterations:N0} cases, peak working set {peak / (1 << 20):N0} MiB, heap {GC.GetTotalMemory(false) / (1 << 20):N0} MiB";
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("GOVLINT_PROPERTY_LOG") is { Length: > 0 } log) File.AppendAllText(log, line + Environment.NewLine);
        // The peak is the whole test process's: judged on a long run, where only the property tests are run (--filter).
        if (Environment.GetEnvironmentVariable(Variable) is not null) Assert.True(peak < MemoryCap, line);
    }
}
