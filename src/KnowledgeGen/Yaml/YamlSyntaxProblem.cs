using System;
using System.Collections.Generic;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Yaml
{
    /// <summary>
    /// The slips a fact editor makes in YAML, told in the editor's words at the character to change: a tab in an
    /// indent, a quote mark that ends a quoted value early, a value holding ": " without quotes, a line indented
    /// unlike its neighbours, a field without its colon. The parser's own message names its state ("did not find
    /// expected key") and stands where it gave up, often the end of the line or a later one, so the lines around
    /// that place are read again for the slip that caused it.
    /// </summary>
    internal static class YamlSyntaxProblem
    {
        /// <summary>The slip near the 0-based line where the parser gave up, or null when none is recognised.</summary>
        public static (LocationInfo Location, string Message)? Explain(string path, string text, int errorLine, bool parserSawTab)
        {
            List<(int Start, string Text)> lines = Lines(text);
            if (parserSawTab && FirstIndentingTab(lines) is (int tabLine, int tabColumn))
            {
                return (At(path, lines, tabLine, tabColumn), "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces, as many as the lines around it use");
            }

            // The parser notices an early closing quote or a stray ': ' on the same line, or at the next line's key.
            for (int line = Math.Min(errorLine, lines.Count - 1); line >= 0 && line >= errorLine - 1; line--)
            {
                if (EarlyClosingQuote(lines[line].Text) is (int quoteColumn, string quoteMessage))
                {
                    return (At(path, lines, line, quoteColumn), quoteMessage);
                }

                if (ColonInPlainValue(lines[line].Text) is int colonColumn)
                {
                    return (At(path, lines, line, colonColumn), "the value holds ': ', which YAML reads as the start of another field; put the whole value in quotes (see docs/fact-format.md, \"Quoting\")");
                }
            }

            if (errorLine >= lines.Count)
            {
                return null;
            }

            string current = lines[errorLine].Text;
            int indent = Indent(current);
            // Only a line that starts like a field name ('kind', 'quote'): not a directive, a document marker or a list item.
            if (indent == current.Length || !char.IsLetterOrDigit(current[indent]))
            {
                return null;
            }

            if (PreviousKeyColumn(lines, errorLine) is int expected && expected != indent)
            {
                return (At(path, lines, errorLine, indent), $"this line is indented by {Spaces(indent)} where the field above it starts at column {expected + 1}; the fields of one entry line up, so indent it by {Spaces(expected)}");
            }

            if (current.IndexOf(':') < 0)
            {
                int end = current.TrimEnd().Length;
                int space = current.IndexOf(' ', indent);
                string example = space > indent && space < end && !HasControl(current) ? $" ({Shorten(current.Substring(indent, space - indent) + ": " + current.Substring(space + 1, end - space - 1).Trim())})" : string.Empty;
                return (At(path, lines, errorLine, indent), $"this line has no ':' after its field name; write the field as 'name: value'{example}");
            }

            return null;
        }

        /// <summary>
        /// A quoted value that ends before its line does, with more than a comment after it: the quote mark inside
        /// the words closed it. Returns the column of that mark and how to write the value.
        /// </summary>
        private static (int Column, string Message)? EarlyClosingQuote(string line)
        {
            int open = ValueStart(line);
            if (open < 0 || open >= line.Length || (line[open] != '\'' && line[open] != '"'))
            {
                return null;
            }

            char quote = line[open];
            int close = Closing(line, open);
            if (close < 0)
            {
                return null;
            }

            string rest = line.Substring(close + 1).Trim();
            if (rest.Length == 0 || rest[0] == '#')
            {
                return null;
            }

            string example = string.Empty;
            string whole = line.TrimEnd();
            if (whole.Length > open + 1 && whole[whole.Length - 1] == quote && !HasControl(whole))
            {
                string words = whole.Substring(open + 1, whole.Length - open - 2);
                example = quote == '\''
                    ? $": {Shorten("'" + words.Replace("''", "'").Replace("'", "''") + "'")}"
                    : $": {Shorten("'" + words.Replace("'", "''") + "'")}";
            }

            return quote == '\''
                ? (close, $"this apostrophe ends the value quoted with ' at column {open + 1}, and the words after it are left over; inside '...' write an apostrophe twice ('') to keep it{example}")
                : (close, $"this \" ends the value quoted with \" at column {open + 1}, and the words after it are left over; quote a value holding \" with single quotes instead, doubling any apostrophe in it{example}");
        }

        /// <summary>The column of a ': ' inside a plain (unquoted) value, after the field's own colon.</summary>
        private static int? ColonInPlainValue(string line)
        {
            int start = ValueStart(line);
            if (start < 0 || start >= line.Length || "'\"[{|>&*!#".IndexOf(line[start]) >= 0)
            {
                return null;
            }

            int comment = line.IndexOf(" #", start, StringComparison.Ordinal);
            int colon = line.IndexOf(": ", start, StringComparison.Ordinal);
            if (colon < 0 && line.TrimEnd().EndsWith(":", StringComparison.Ordinal) && line.TrimEnd().Length - 1 > start)
            {
                colon = line.TrimEnd().Length - 1;
            }

            return colon >= 0 && (comment < 0 || colon < comment) ? colon : (int?)null;
        }

        /// <summary>Where the value of a 'key: value' or '- value' line starts, or -1.</summary>
        private static int ValueStart(string line)
        {
            int i = Indent(line);
            while (i < line.Length - 1 && line[i] == '-' && line[i + 1] == ' ')
            {
                i = SkipSpaces(line, i + 1);
            }

            if (i < line.Length && (line[i] == '\'' || line[i] == '"'))
            {
                return i;
            }

            int colon = line.IndexOf(": ", i, StringComparison.Ordinal);
            if (colon < 0)
            {
                return -1;
            }

            int key = line.IndexOfAny(new[] { '\'', '"', '#' }, i, colon - i);
            return key >= 0 ? -1 : SkipSpaces(line, colon + 1);
        }

        /// <summary>The closing mark of the quoted value opened at <paramref name="open"/>: '' and \" do not close.</summary>
        private static int Closing(string line, int open)
        {
            char quote = line[open];
            for (int i = open + 1; i < line.Length; i++)
            {
                if (quote == '"' && line[i] == '\\')
                {
                    i++;
                }
                else if (line[i] == quote)
                {
                    if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return i;
                }
            }

            return -1;
        }

        /// <summary>The column where a key of the nearest line above starts (after a '- '), where a line at the same level would.</summary>
        private static int? PreviousKeyColumn(List<(int Start, string Text)> lines, int line)
        {
            for (int i = line - 1; i >= 0; i--)
            {
                string text = lines[i].Text;
                int indent = Indent(text);
                if (indent == text.Length || text[indent] == '#')
                {
                    continue;
                }

                while (indent < text.Length - 1 && text[indent] == '-' && text[indent + 1] == ' ')
                {
                    indent = SkipSpaces(text, indent + 1);
                }

                return text.IndexOf(':', indent) > indent ? indent : (int?)null;
            }

            return null;
        }

        private static (int Line, int Column)? FirstIndentingTab(List<(int Start, string Text)> lines)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                string text = lines[i].Text;
                int tab = text.IndexOf('\t');
                if (tab >= 0 && text.Substring(0, tab).Trim(' ').Length == 0)
                {
                    return (i, tab);
                }
            }

            return null;
        }

        private static List<(int Start, string Text)> Lines(string text)
        {
            var lines = new List<(int, string)>();
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || text[i] == '\n')
                {
                    lines.Add((start, text.Substring(start, i - start).TrimEnd('\r')));
                    start = i + 1;
                }
            }

            return lines;
        }

        private static LocationInfo At(string path, List<(int Start, string Text)> lines, int line, int column)
        {
            var position = new LinePosition(line, column);
            return new LocationInfo(path, new TextSpan(lines[line].Start + column, 1), new LinePositionSpan(position, position));
        }

        private static string Spaces(int count) => count == 0 ? "no spaces" : count == 1 ? "1 space" : count + " spaces";

        private static int Indent(string line) => SkipSpaces(line, 0);

        private static int SkipSpaces(string line, int from)
        {
            int i = from;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            return i;
        }

        private static bool HasControl(string text)
        {
            foreach (char c in text)
            {
                if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An example value short enough for a message.</summary>
        private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 60) + "...";
    }
}
