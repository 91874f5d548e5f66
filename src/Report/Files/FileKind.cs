namespace GovInfo.Report.Files;

/// <summary>What a path names in the file system: only a <see cref="Regular"/> file is ever read as input.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
