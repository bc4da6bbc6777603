using System.Collections.Generic;
using System.Text;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// A fact file's integer rows as one string constant of printable ASCII, decoded on first use by the support
    /// code's <c>KnowledgeGenTable.Read</c>. An array initialiser costs the compiler two tokens and a bound constant per
    /// integer (about forty per fact); a constant is one token, kept with its field's metadata. Each integer is
    /// zigzag-folded (so -1 is small) and written as base-34 "more" digits (']' to '~') ending in one base-57 final
    /// digit ('#' to '['): most string indexes take one or two characters. Neither range holds '"' or '\', so the
    /// literal needs no escapes; tables are separated by a space. The two ranges must match the decoder's.
    /// </summary>
    public static class RowEncoding
    {
        public const char TableSeparator = ' ';
        public const char FinalDigit = '#';
        public const int FinalBase = 57;
        public const char MoreDigit = ']';
        public const int MoreBase = 34;

        public static string Encode(IEnumerable<IEnumerable<int[]>> tables)
        {
            var text = new StringBuilder();
            bool first = true;
            foreach (IEnumerable<int[]> table in tables)
            {
                if (!first)
                {
                    text.Append(TableSeparator);
                }

                first = false;
                foreach (int[] row in table)
                {
                    foreach (int value in row)
                    {
                        Append(text, value);
                    }
                }
            }

            return text.ToString();
        }

        public static void Append(StringBuilder text, int value)
        {
            long folded = (uint)((value << 1) ^ (value >> 31));
            long more = folded / FinalBase;
            int start = text.Length;
            while (more > 0)
            {
                text.Insert(start, (char)(MoreDigit + (int)(more % MoreBase)));
                more /= MoreBase;
            }

            text.Append((char)(FinalDigit + (int)(folded % FinalBase)));
        }
    }
}
