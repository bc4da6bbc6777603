namespace KnowledgeGen.Support;

/// <summary>The support code's decoder of a data class's rows, reachable from the tests.</summary>
public static partial class KnowledgeBase
{
    public static int[][] DecodeRows(string encoded, int tables) => KnowledgeGenTable.Tables(encoded, tables);
}
