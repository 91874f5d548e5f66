namespace GovInfo.Cli;

/// <summary>
/// Standard output or error as govlint writes it: a failed write (a full disk, <c>&gt; /dev/full</c>, a closed
/// stream) becomes an <see cref="OutputWriteException"/> naming the stream, which the program turns into one
/// line and exit code 2, instead of an I/O error from somewhere in a formatter.
/// </summary>
public sealed class OutputStream(Stream inner, string name) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(name, e);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(name, e);
        }
    }
}

/// <summary>Writing to standard output or error failed; the message says which, and why, in Chinese.</summary>
public sealed class OutputWriteException(string stream, Exception inner) : IOException($"无法写入{stream}（{Reason(inner)}），输出不完整。", inner)
{
    private const int NoSpace = 28; // ENOSPC, the errno .NET gives as the HResult on Unix

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "输出已关闭或不允许写入",
        IOException { HResult: NoSpace } => "磁盘空间不足",
        _ => $"系统错误：{e.Message}",
    };
}
