namespace KnowledgeGen.Support;

/// <summary>The support code's decoders of a data class's rows and strings, reachable from the tests.</summary>
public static partial class KnowledgeBase
{
    public static int[][] DecodeRows(string encoded, int tables) => KnowledgeGenTable.Tables(encoded, tables);

    public static string[] SplitPool(string constant) => KnowledgeGenTable.Joined(constant);
}
