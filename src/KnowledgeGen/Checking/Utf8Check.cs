using System.Globalization;
using System.Text;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Finds where a file was not valid UTF-8. The compiler hands the generator text it has already decoded,
    /// with each invalid byte sequence replaced by U+FFFD, so the first U+FFFD is where the file went wrong (or
    /// where it holds that character itself, which no fact or article needs). Its byte offset is the UTF-8 length
    /// of the text before it, which is exact because everything before it decoded cleanly.
    /// </summary>
    public static class Utf8Check
    {
        public static DiagnosticInfo? Check(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string path, string text)
        {
            int at = text.IndexOf('\uFFFD');
            if (at < 0)
            {
                return null;
            }

            int skipped = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int bytes = Encoding.UTF8.GetByteCount(text.Substring(skipped, at - skipped)) + (skipped * 3);
            return DiagnosticInfo.Create(descriptor, LocationInfo.At(path, text, at), bytes.ToString(CultureInfo.InvariantCulture));
        }
    }
}
