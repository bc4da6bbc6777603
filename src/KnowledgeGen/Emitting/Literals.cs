using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Emitting
{
    /// <summary>C# literals for model values. Strings go through <see cref="SymbolDisplay.FormatLiteral(string, bool)"/>, never by hand.</summary>
    internal static class Literals
    {
        public static string String(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
    }
}
