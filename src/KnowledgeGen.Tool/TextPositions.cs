namespace KnowledgeGen.Tool;

/// <summary>
/// Turns UTF-16 offsets of a text into what a reader or another tool counts: offsets in Unicode code points and
/// 1-based lines and columns (columns in code points). Built once per text, then each lookup is constant or
/// logarithmic.
/// </summary>
public sealed class TextPositions
{
    private readonly int[] _codePointAt;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        _codePointAt = new int[text.Length + 1];
        int codePoint = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = codePoint;
            bool secondHalf = char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            if (!secondHalf)
            {
                codePoint++;
            }

            char c = text[i];
            bool lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
                || c == '\u2028' || c == '\u2029' || c == '\u0085';
            if (lineBreak)
            {
                _lineStarts.Add(i + 1);
            }
        }

        _codePointAt[text.Length] = codePoint;
    }

    /// <summary>The code point offset, line and column of a UTF-16 offset.</summary>
    public (int CodePoint, int Line, int Column) Of(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (_codePointAt[offset], line + 1, _codePointAt[offset] - _codePointAt[_lineStarts[line]] + 1);
    }
}
