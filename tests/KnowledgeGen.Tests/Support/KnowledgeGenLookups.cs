namespace KnowledgeGen.Support;

/// <summary>The support code's lookup by id, reachable from the tests with a count of the id strings it makes.</summary>
public static partial class KnowledgeBase
{
    /// <summary>
    /// A lookup of the ids as they stand in one text, each followed by a separator, whose item is the id's position;
    /// <paramref name="madeKeys"/> counts the id strings the lookup asks for.
    /// </summary>
    public static Func<string?, int?> LookupOver(string[] ids, System.Runtime.CompilerServices.StrongBox<int> madeKeys)
    {
        string text = string.Join("\u001F", ids);
        var lookup = new KnowledgeGenLookup<object>(ids.Length, position => position, position => { madeKeys.Value++; return ids[position]; });
        int start = 0;
        for (int position = 0; position < ids.Length; position++)
        {
            lookup.Add(text, start, ids[position].Length, position);
            start += ids[position].Length + 1;
        }

        lookup.Seal();

        return id => (int?)lookup.Find(id);
    }
}
