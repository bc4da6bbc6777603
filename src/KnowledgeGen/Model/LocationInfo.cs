using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Model
{
    /// <summary>
    /// Where something stands in a fact file. Kept instead of <see cref="Location"/>, which is not value-equal
    /// and would break the pipeline's caching.
    /// </summary>
    public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static LocationInfo StartOf(string filePath)
            => new LocationInfo(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));

        /// <summary>The single character at <paramref name="index"/> of <paramref name="text"/>, with its line and column.</summary>
        public static LocationInfo At(string filePath, string text, int index)
        {
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                char c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var position = new LinePosition(line, index - lineStart);
            return new LocationInfo(filePath, new TextSpan(index, index < text.Length ? 1 : 0), new LinePositionSpan(position, position));
        }

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
