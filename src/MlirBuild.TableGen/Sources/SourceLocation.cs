using System;

namespace MlirBuild.TableGen
{
    /// <summary>A position in a source buffer; line and column (1-based) are computed on demand.</summary>
    public readonly struct SourceLocation : IEquatable<SourceLocation>
    {
        internal SourceLocation(SourceBuffer? buffer, int offset)
        {
            Buffer = buffer;
            Offset = offset;
        }

        /// <summary>No location (e.g. for records synthesized without a source).</summary>
        public static SourceLocation Unknown => default;

        internal SourceBuffer? Buffer { get; }

        /// <summary>Character offset into the file text.</summary>
        public int Offset { get; }

        public bool IsKnown => Buffer is not null;

        /// <summary>The file name as given to the resolver (or the main file name).</summary>
        public string File => Buffer?.Name ?? "<unknown>";

        public int Line => Buffer?.GetLineColumn(Offset).Line ?? 0;

        public int Column => Buffer?.GetLineColumn(Offset).Column ?? 0;

        public override string ToString()
        {
            if (Buffer is null)
            {
                return "<unknown>";
            }

            var (line, col) = Buffer.GetLineColumn(Offset);
            return File + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + col.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool Equals(SourceLocation other) => ReferenceEquals(Buffer, other.Buffer) && Offset == other.Offset;

        public override bool Equals(object? obj) => obj is SourceLocation o && Equals(o);

        public override int GetHashCode() => (Buffer?.GetHashCode() ?? 0) * 31 + Offset;
    }

    /// <summary>One loaded source text with a lazily built line table.</summary>
    internal sealed class SourceBuffer
    {
        private int[]? lineStarts;

        public SourceBuffer(string name, string text)
        {
            Name = name;
            Text = text;
        }

        public string Name { get; }

        public string Text { get; }

        public (int Line, int Column) GetLineColumn(int offset)
        {
            lineStarts ??= BuildLineStarts(Text);
            int lo = 0, hi = lineStarts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (lineStarts[mid] <= offset)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return (lo + 1, offset - lineStarts[lo] + 1);
        }

        private static int[] BuildLineStarts(string text)
        {
            var starts = new System.Collections.Generic.List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }
    }
}
