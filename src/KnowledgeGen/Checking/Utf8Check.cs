using System.Globalization;
using System.Text;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Finds where a file was not valid UTF-8. The compiler hands the generator text it has already decoded,
    /// with each invalid byte sequence replaced by U+FFFD, so the first U+FFFD is where the file went wrong (or
    /// where it holds that character itself, which no fact or article needs). Its byte offset is the UTF-8 length
    /// of the text before it, which is exact because everything before it decoded cleanly; like the compiler's
    /// text, it does not count a byte-order mark.
    /// </summary>
    public static class Utf8Check
    {
        /// <summary>The first U+FFFD of the text as a location and its byte offset; null where there is none.</summary>
        public static (LocationInfo Location, int Byte)? Find(string path, string text)
        {
            int at = text.IndexOf('\uFFFD');
            if (at < 0)
            {
                return null;
            }

            int skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int bytes = Encoding.UTF8.GetByteCount(text.Substring(skipped, at - skipped));
            return (LocationInfo.At(path, text, at), bytes);
        }

        /// <summary>A fact file's diagnostic, at the character itself.</summary>
        public static DiagnosticInfo? Check(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, string text)
            => Find(path, text) is { } found ? DiagnosticInfo.Create(descriptor, found.Location, Number(found.Byte)) : null;

        /// <summary>"line 2, column 31, byte 94" for a source text, whose diagnostic stands at the source's declaration.</summary>
        public static string? Describe(string text)
        {
            if (Find(string.Empty, text) is not { } found)
            {
                return null;
            }

            Microsoft.CodeAnalysis.Text.LinePosition start = found.Location.LineSpan.Start;
            return "line " + Number(start.Line + 1) + ", column " + Number(start.Character + 1) + ", byte " + Number(found.Byte);
        }

        private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
