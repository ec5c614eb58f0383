namespace MlirBuild.TableGen.Lexing
{
    /// <summary>Interns identifier text straight from the source span, so repeated names allocate once.</summary>
    internal sealed class NameTable
    {
        private string[] slots = new string[1024];
        private int count;

        public string Get(string text, int start, int length)
        {
            uint h = 2166136261;
            for (int i = 0; i < length; i++)
            {
                h = (h ^ text[start + i]) * 16777619;
            }

            int mask = slots.Length - 1;
            int idx = (int)(h & (uint)mask);
            while (true)
            {
                var s = slots[idx];
                if (s is null)
                {
                    s = text.Substring(start, length);
                    slots[idx] = s;
                    if (++count * 2 > slots.Length)
                    {
                        Grow();
                    }

                    return s;
                }

                if (s.Length == length && string.CompareOrdinal(s, 0, text, start, length) == 0)
                {
                    return s;
                }

                idx = (idx + 1) & mask;
            }
        }

        private void Grow()
        {
            var old = slots;
            slots = new string[old.Length * 2];
            int mask = slots.Length - 1;
            foreach (var s in old)
            {
                if (s is null)
                {
                    continue;
                }

                uint h = 2166136261;
                foreach (var c in s)
                {
                    h = (h ^ c) * 16777619;
                }

                int idx = (int)(h & (uint)mask);
                while (slots[idx] is not null)
                {
                    idx = (idx + 1) & mask;
                }

                slots[idx] = s;
            }
        }
    }
}
