namespace GovInfo.Tests;

/// <summary>Where the repository, its samples and the shared fixtures are, found from the test binary.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Fixtures => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));

    /// <summary>Real published reports with their verified defects (<c>../shared/real</c>).</summary>
    public static string Real => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "real"));

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>PDFs printed by LibreOffice from the fixtures' and a sample's .docx renditions (<c>tests/Data/Pdf</c>).</summary>
    public static string PdfRenditions => Path.Combine(RepositoryRoot, "tests", "Data", "Pdf");

    public static string Fixture(string prefix) => Directory.GetFiles(Fixtures, prefix + "_*.txt").Single();

    public static IEnumerable<string> AllFixtures => Directory.GetFiles(Fixtures, "*.txt").OrderBy(f => f);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException("GovInfo.sln not found above the test binary.");
    }
}
