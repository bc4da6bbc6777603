using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// Text written into a fact file as a YAML scalar that reads back as exactly that text: plain where YAML would
/// read it so, else single-quoted, else (for control characters) double-quoted with escapes.
/// </summary>
public static partial class YamlQuoting
{
    public static string Quote(string text, bool inFlow)
    {
        if (IsPlainSafe(text, inFlow))
        {
            return text;
        }

        if (!text.Any(NeedsEscape))
        {
            return "'" + text.Replace("'", "''") + "'";
        }

        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>What has been typed of a scalar without its opening (and any closing) quote.</summary>
    public static string Unquoted(string typed)
    {
        string text = typed.Trim();
        if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
        {
            char quote = text[0];
            text = text.Substring(1);
            if (text.EndsWith(quote))
            {
                text = text.Substring(0, text.Length - 1);
            }
        }

        return text;
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF';

    private static bool IsPlainSafe(string text, bool inFlow)
        => text.Length > 0
            && !"-?:,[]{}#&*!|>'\"%@`".Contains(text[0])
            && !char.IsWhiteSpace(text[0])
            && !char.IsWhiteSpace(text[^1])
            && !text.EndsWith(':')
            && !text.Contains(": ", StringComparison.Ordinal)
            && !text.Contains(" #", StringComparison.Ordinal)
            && !text.Any(NeedsEscape)
            && !(inFlow && text.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0)
            && !OtherType().IsMatch(text);

    /// <summary>Scalars YAML 1.1 or 1.2 would read as something other than a string.</summary>
    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_.,:eE+-]*|\.(?:inf|nan)|y|n|yes|no|on|off|true|false|null|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherType();
}
