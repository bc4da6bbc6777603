using Xunit.Abstractions;

[assembly: TestCollectionOrderer("KnowledgeGen.Tests.Infrastructure.HeavyClassesFirst", "KnowledgeGen.Tests")]

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// A test class whose tests start real processes that take most of the run's CPU: builds of consumer projects, a
/// test run, a browser, an editor.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StartsRealProcessesAttribute : Attribute;

/// <summary>
/// Starts the classes marked <see cref="StartsRealProcessesAttribute"/> before the others. xUnit runs two classes at
/// a time on two cores; started in its own order, a run could end on a minute-long build with one core idle,
/// where started first the long classes end while the many short ones fill the other core.
/// </summary>
public sealed class HeavyClassesFirst : ITestCollectionOrderer
{
    private const string PerClass = "Test collection for ";

    private static readonly HashSet<string> Heavy = typeof(HeavyClassesFirst).Assembly.GetTypes()
        .Where(t => t.IsDefined(typeof(StartsRealProcessesAttribute), inherit: false))
        .Select(t => t.FullName!)
        .ToHashSet(StringComparer.Ordinal);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
        => testCollections
            .OrderBy(c => IsHeavy(c) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    /// <summary>Whether the collection is the one xUnit makes for a marked class (a class in a named collection is not reordered).</summary>
    private static bool IsHeavy(ITestCollection collection)
        => collection.DisplayName.StartsWith(PerClass, StringComparison.Ordinal)
            && Heavy.Contains(collection.DisplayName.Substring(PerClass.Length).Split(' ')[0]);
}
