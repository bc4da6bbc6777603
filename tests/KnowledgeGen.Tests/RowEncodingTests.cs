using System.Text.RegularExpressions;
using CsCheck;
using KnowledgeGen.Emitting;
using KnowledgeGen.Support;

namespace KnowledgeGen.Tests;

/// <summary>The generator's encoding of a data class's rows and the support code's decoder agree, for any integers.</summary>
public partial class RowEncodingTests
{
    [Fact]
    public void Any_tables_of_integers_round_trip_through_the_encoded_constant()
        => Gen.Int.Array[0, 8].Array[0, 6].Array[5].Sample(tables =>
        {
            string encoded = RowEncoding.Encode(tables.Select(table => (IEnumerable<int[]>)table));
            int[][] decoded = KnowledgeBase.DecodeRows(encoded, tables.Length);
            for (int t = 0; t < tables.Length; t++)
            {
                Assert.Equal(tables[t].SelectMany(row => row), decoded[t]);
            }
        });

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 1)]
    [InlineData(28, 1)]
    [InlineData(29, 2)]
    [InlineData(968, 2)]
    [InlineData(969, 3)]
    [InlineData(int.MaxValue, 7)]
    [InlineData(int.MinValue, 7)]
    public void An_integer_takes_as_few_characters_as_its_size_needs(int value, int length)
    {
        string encoded = RowEncoding.Encode([[[value]]]);

        Assert.Equal(length, encoded.Length);
        Assert.Equal([value], KnowledgeBase.DecodeRows(encoded, 1)[0]);
    }

    /// <summary>The constant is a plain literal: printable ASCII with no quote, backslash or space inside a table.</summary>
    [Fact]
    public void The_encoded_rows_need_no_escape_in_a_literal()
        => Gen.Int.Array[0, 40].Sample(row =>
        {
            string encoded = RowEncoding.Encode([[row]]);
            Assert.Matches(PlainLiteral(), encoded);
            Assert.Equal("\"" + encoded + "\"", Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(encoded, quote: true));
        });

    [GeneratedRegex("^[#-\\[\\]-~]*$")]
    private static partial Regex PlainLiteral();
}
