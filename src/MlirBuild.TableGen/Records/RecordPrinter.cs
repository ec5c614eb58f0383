using System;
using System.Collections.Generic;
using System.Text;

namespace MlirBuild.TableGen
{
    /// <summary>Prints records exactly as <c>llvm-tblgen --print-records</c> does.</summary>
    public static class RecordPrinter
    {
        /// <summary>The full <c>--print-records</c> output: classes then defs, each sorted by name.</summary>
        public static string PrintRecords(RecordKeeper keeper)
        {
            var w = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            PrintRecords(keeper, w);
            return w.ToString();
        }

        /// <summary>Streams the <c>--print-records</c> output (record by record, no whole-output buffer).</summary>
        public static void PrintRecords(RecordKeeper keeper, System.IO.TextWriter writer)
        {
            var sb = new StringBuilder(4096);
            writer.Write("------------- Classes -----------------\n");
            foreach (var c in SortedByName(keeper.Classes))
            {
                sb.Clear();
                sb.Append("class ");
                PrintRecord(sb, c);
                Flush(sb, writer);
            }

            writer.Write("------------- Defs -----------------\n");
            foreach (var d in SortedByName(keeper.Defs))
            {
                sb.Clear();
                sb.Append("def ");
                PrintRecord(sb, d);
                Flush(sb, writer);
            }
        }

        private static void Flush(StringBuilder sb, System.IO.TextWriter writer)
        {
            writer.Write(sb.ToString());
        }

        /// <summary>One record as printed after <c>class </c>/<c>def </c> (also the text of <c>!repr</c>).</summary>
        public static string PrintRecord(Record r)
        {
            var sb = new StringBuilder();
            PrintRecord(sb, r);
            return sb.ToString();
        }

        private static List<Record> SortedByName(IReadOnlyList<Record> records)
        {
            var list = new List<Record>(records);
            var names = new Dictionary<Record, string>(list.Count);
            foreach (var r in list)
            {
                names[r] = r.Name;
            }

            list.Sort((a, b) => string.CompareOrdinal(names[a], names[b]));
            return list;
        }

        internal static void PrintRecord(StringBuilder sb, Record r)
        {
            sb.Append(r.Name);
            if (r.TemplateArgs.Count > 0)
            {
                sb.Append('<');
                bool comma = false;
                foreach (var ta in r.TemplateArgs)
                {
                    if (comma)
                    {
                        sb.Append(", ");
                    }

                    comma = true;
                    var rv = r.GetValue(ta)!;
                    PrintValue(sb, rv, false);
                }

                sb.Append('>');
            }

            sb.Append(" {");
            if (r.SuperClasses.Count > 0)
            {
                sb.Append("\t//");
                foreach (var sc in r.SuperClasses)
                {
                    sb.Append(' ').Append(sc.Name);
                }
            }

            sb.Append('\n');
            foreach (var v in r.Values)
            {
                if (v.IsNonconcreteOk && !r.IsTemplateArg(v.NameInit))
                {
                    PrintValue(sb, v, true);
                }
            }

            foreach (var v in r.Values)
            {
                if (!v.IsNonconcreteOk && !v.IsTemplateArg)
                {
                    PrintValue(sb, v, true);
                }
            }

            sb.Append("}\n");
        }

        private static void PrintValue(StringBuilder sb, RecordValue v, bool withSemi)
        {
            if (withSemi)
            {
                sb.Append("  ");
            }

            if (v.IsNonconcreteOk)
            {
                sb.Append("field ");
            }

            sb.Append(v.PrintType).Append(' ').Append(v.Name).Append(" = ");
            v.Value.Print(sb);
            if (withSemi)
            {
                sb.Append(";\n");
            }
        }
    }
}
