using System.Buffers;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace MlirBuild.Ir;

/// <summary>
/// A file's bytes for parsing, memory-mapped read-only when large. The parser tells it how far it has read
/// (<see cref="Release"/>) and the pages behind that point leave the process's resident set: they are clean
/// file pages, so touching them again (an error message, a look-back) just reads them back from the page cache.
/// Peak memory is then the IR plus a window of the source, not the whole file on top of the IR.
/// Small files (and systems without <c>madvise</c>) are read into an array instead.
/// </summary>
public sealed class MappedSource : IDisposable
{
    /// <summary>Files below this size are simply read: mapping pays off only for big inputs.</summary>
    public const long MapThreshold = 4 << 20;

    private readonly MemoryMappedFile? file;
    private readonly MemoryMappedViewAccessor? view;
    private readonly MappedMemory? memory;
    private readonly byte[]? array;

    private MappedSource(byte[] bytes) => array = bytes;

    private MappedSource(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        this.file = file;
        this.view = view;
        memory = new MappedMemory(view, length);
    }

    /// <summary>The file's bytes; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory => array ?? memory!.Memory;

    /// <summary>True when the file is mapped (and <see cref="Release"/> frees memory).</summary>
    public bool IsMapped => memory is not null;

    /// <summary>Opens <paramref name="path"/>; IO errors propagate as the usual IO exceptions.</summary>
    public static MappedSource Open(string path)
    {
        // The length comes from the opened file (a symlink's own size would be wrong).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        try
        {
            long length = stream.Length;
            if (length > int.MaxValue)
            {
                throw new IOException($"file is too large to parse ({length} bytes)");
            }

            if (length < MapThreshold || !OperatingSystem.IsLinux())
            {
                var bytes = new byte[length];
                stream.ReadExactly(bytes);
                stream.Dispose();
                return new MappedSource(bytes);
            }

            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
                return new MappedSource(file, view, (int)length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Drops the resident pages wholly inside [<paramref name="start"/>, <paramref name="end"/>); a no-op for arrays.
    /// Safe at any time: a dropped page is read back from the file if touched again.
    /// </summary>
    public void Release(int start, int end)
    {
        if (memory is null)
        {
            return;
        }

        long first = ((long)start + PageSize - 1) & ~(PageSize - 1);
        long last = Math.Min(end, memory.Memory.Length) & ~(PageSize - 1);
        if (last > first)
        {
            memory.Advise(first, last - first);
        }
    }

    public void Dispose()
    {
        ((IDisposable?)memory)?.Dispose();
        view?.Dispose();
        file?.Dispose();
    }

    private const long PageSize = 4096;

    /// <summary>Exposes the mapped view as <see cref="Memory{T}"/> (the view's pointer stays acquired while it lives).</summary>
    private sealed unsafe class MappedMemory : MemoryManager<byte>
    {
        private const int MadvDontNeed = 4;
        private readonly MemoryMappedViewAccessor view;
        private readonly int length;
        private byte* pointer;

        public MappedMemory(MemoryMappedViewAccessor view, int length)
        {
            this.view = view;
            this.length = length;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            pointer += view.PointerOffset;
        }

        public void Advise(long start, long count)
        {
            if (pointer is not null && count > 0)
            {
                // The view starts page-aligned (offset 0), so page-aligned offsets are page-aligned addresses.
                _ = madvise((nint)(pointer + start), (nuint)count, MadvDontNeed);
            }
        }

        public override Span<byte> GetSpan() => pointer is null ? throw new ObjectDisposedException(nameof(MappedSource)) : new Span<byte>(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (pointer is not null)
            {
                pointer = null;
                view.SafeMemoryMappedViewHandle.ReleasePointer();
            }
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int madvise(nint address, nuint length, int advice);
    }
}
