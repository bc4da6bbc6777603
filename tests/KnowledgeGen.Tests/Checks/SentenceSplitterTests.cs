using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>Where sentences and paragraphs end; each row is a paragraph and its sentences, split at " | ".</summary>
public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Stop! Go? Yes\u2026 Done.", "Stop! | Go? | Yes\u2026 | Done.")]
    [InlineData("He said \"stop.\" Then he left.", "He said \"stop.\" | Then he left.")]
    [InlineData("He said \u201Cstop.\u201D Then he left.", "He said \u201Cstop.\u201D | Then he left.")]
    [InlineData("He said 'stop.' Then he left.", "He said 'stop.' | Then he left.")]
    [InlineData("He said \u2018stop.\u2019 Then he left.", "He said \u2018stop.\u2019 | Then he left.")]
    [InlineData("It ended (at last.) Then more.", "It ended (at last.) | Then more.")]
    [InlineData("It ended [at last.] Then more.", "It ended [at last.] | Then more.")]
    [InlineData("Sales rose 3.5 per cent.", "Sales rose 3.5 per cent.")]
    [InlineData("It ended.Then more.", "It ended.Then more.")]
    [InlineData("It ended. then more.", "It ended. then more.")]
    [InlineData("It ended in 2018. 2019 was better.", "It ended in 2018. | 2019 was better.")]
    [InlineData("It ended. \"Good,\" he said.", "It ended. | \"Good,\" he said.")]
    [InlineData("It ended. 'Good,' he said.", "It ended. | 'Good,' he said.")]
    [InlineData("It ended. \u201CGood,\u201D he said.", "It ended. | \u201CGood,\u201D he said.")]
    [InlineData("It ended. \u2018Good,\u2019 he said.", "It ended. | \u2018Good,\u2019 he said.")]
    [InlineData("It ended. (Good, he said.)", "It ended. | (Good, he said.)")]
    [InlineData("It ended. [Good, he said.]", "It ended. | [Good, he said.]")]
    [InlineData("It ended.   Then more.", "It ended. | Then more.")]
    [InlineData("It ended. . Then more.", "It ended. . | Then more.")]
    [InlineData("Mr. Li spoke. Mrs. Li too.", "Mr. Li spoke. | Mrs. Li too.")]
    [InlineData("Ask Dr. Li. Or (Dr. Wu.)", "Ask Dr. Li. | Or (Dr. Wu.)")]
    [InlineData("\"Mr. Li\" spoke.", "\"Mr. Li\" spoke.")]
    [InlineData("\u201CMr. Li\u201D spoke.", "\u201CMr. Li\u201D spoke.")]
    [InlineData("In Jan. Trade fell.", "In Jan. Trade fell.")]
    [InlineData("The U.S. Treasury spoke.", "The U.S. Treasury spoke.")]
    [InlineData("In Washington D.C. Mayors met.", "In Washington D.C. Mayors met.")]
    [InlineData("World War I. Then peace.", "World War I. Then peace.")]
    [InlineData("The US. Then China.", "The US. | Then China.")]
    [InlineData("The Ab. Then China.", "The Ab. | Then China.")]
    [InlineData("The U.Sx. Then China.", "The U.Sx. | Then China.")]
    [InlineData("The u.s. Then China.", "The u.s. | Then China.")]
    [InlineData("The U.S.A.B. Then China.", "The U.S.A.B. Then China.")]
    [InlineData("The U.S.. Then China.", "The U.S.. | Then China.")]
    [InlineData("It ended.", "It ended.")]
    [InlineData("It ended", "It ended")]
    public void Sentences_end_where_a_reader_would_end_them(string paragraph, string expected)
    {
        List<List<string>> paragraphs = SentenceSplitter.Split(paragraph);
        Assert.Equal(expected, string.Join(" | ", Assert.Single(paragraphs)));
    }

    [Theory]
    [InlineData("One.\nTwo.")]
    [InlineData("One.\r\nTwo.")]
    [InlineData("One.\rTwo.")]
    [InlineData("One.\u2028Two.")]
    [InlineData("One.\u2029Two.")]
    [InlineData("One.\u0085Two.")]
    [InlineData("\n  One.  \n\n \t \nTwo.\n")]
    public void Each_line_is_a_paragraph_and_blank_lines_are_none(string text)
        => Assert.Equal([["One."], ["Two."]], SentenceSplitter.Split(text));
}
