namespace GovInfo.Report.Files;

/// <summary>A path that govlint will not read or write, with the reason in Chinese (a FIFO, a device, a name it cannot open, a changed or read-only file).</summary>
public sealed class UnreadableFileException(string message) : IOException(message);
