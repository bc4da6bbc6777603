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

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }
}
