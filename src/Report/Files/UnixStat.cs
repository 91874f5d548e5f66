using System.Runtime.InteropServices;

namespace GovInfo.Report.Files;

/// <summary>
/// The runtime's own portable <c>stat</c> (System.Native, shipped with every .NET runtime and linked into a
/// Native AOT binary): its record has one layout on every Unix, unlike libc's <c>struct stat</c>.
/// </summary>
internal static class UnixStat
{
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    internal struct Status
    {
        [FieldOffset(4)] public int Mode;
        [FieldOffset(8)] public uint Uid;
        [FieldOffset(12)] public uint Gid;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    internal static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    internal static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    internal static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
}
