namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Consumer code written against the harbour fixture, shared by the in-memory tests and the real package and
/// project-reference builds: the 1.0 API's plumbing each tried once (every attempt must be a compiler error),
/// uses of retired facts (each must be CS0619 alone), and a printer of the surface the consumer can reach. KB
/// stands for the knowledge-base class, written out for each consumer.
/// </summary>
public static class ConsumerAttempts
{
    /// <summary>The harbour fixture's retired facts: one replaced by a fact, one gone with nothing in its place.</summary>
    public const string RetiredFile = """
        retired:
          - id: budget-2019
            reason: The 2019 figure was the draft's
            replacement: budget-2020
          - id: old-turnout
            reason: The paper withdrew the figure.

        """;

    public const string ReplacedMessage = "The 2019 figure was the draft's. Use HarbourFacts.Facts.Budget2020 (The Harbour City council approved a budget of $12.5 million) instead.";

    public const string GoneMessage = "The paper withdrew the figure.";

    /// <summary>Each way the 1.0 API let a consumer change the knowledge base or reach its plumbing, with the error it must now get.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Error)> Sealed = new Dictionary<string, (string, string)>
    {
        ["relink a fact's back links"] = ("KB.Facts.Turnout.KnowledgeGenLinkBack(new KB.Fact[0], new KB.Fact[0]);", "CS1061"),
        ["relink a fact"] = ("KB.Facts.Turnout.KnowledgeGenLink(null!, null!, null!, null!);", "CS1061"),
        ["read the untyped value"] = ("object? value = KB.Facts.Turnout.UntypedValue;", "CS1061"),
        ["relink an entity"] = ("KB.People.AnaRuiz.KnowledgeGenLink(new KB.Fact[0], new KB.RoleFact[0]);", "CS1061"),
        ["relink a source"] = ("KB.Sources.HarbourNews.KnowledgeGenLink(new KB.Fact[0]);", "CS1061"),
        ["relink a citation"] = ("KB.Facts.Turnout.Citations[0].KnowledgeGenLink(null!);", "CS1061"),
        ["relink a value"] = ("KB.Facts.RuizMayor.Value.KnowledgeGenLink(null!);", "CS1061"),
        ["build a lookup"] = ("object lookup = new KB.KnowledgeGenLookup<KB.Fact>(new KB.Fact[0], f => f.Id);", "CS0122"),
        ["read the index"] = ("object facts = KB.KnowledgeGenIndex.Facts;", "CS0122"),
        ["read the data tables"] = ("object files = KB.KnowledgeGenFiles.All;", "CS0122"),
    };

    /// <summary>Each use of a retired fact, with the one error it must get.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Message)> RetiredUses = new Dictionary<string, (string, string)>
    {
        ["replaced, the member"] = ("object fact = KB.Facts.Budget2019;", "'HarbourFacts.Facts.Budget2019' is obsolete: '" + ReplacedMessage + "'"),
        ["replaced, its value read on"] = ("decimal amount = KB.Facts.Budget2019.Value.Amount;", "'HarbourFacts.Facts.Budget2019' is obsolete: '" + ReplacedMessage + "'"),
        ["gone, the member"] = ("object fact = KB.Facts.OldTurnout;", "'HarbourFacts.Facts.OldTurnout' is obsolete: '" + GoneMessage + "'"),
        ["gone, its value read on"] = ("decimal percent = KB.Facts.OldTurnout.Value.Percent;", "'HarbourFacts.Facts.OldTurnout' is obsolete: '" + GoneMessage + "'"),
        ["gone, its statement read on"] = ("string statement = KB.Facts.OldTurnout.Statement;", "'HarbourFacts.Facts.OldTurnout' is obsolete: '" + GoneMessage + "'"),
    };

    /// <summary>One attempt as a file of its own: a method of a class named after its position.</summary>
    public static string File(string code, int number, string knowledgeBase)
        => $"internal static class Attempt{number}\n{{\n    internal static void Run()\n    {{\n        {code.Replace("KB.", knowledgeBase + ".", StringComparison.Ordinal)}\n    }}\n}}\n";

    /// <summary>
    /// A program part that prints every type and member of the knowledge-base class the consumer's own code can
    /// reach (public, internal, protected: not private, not private protected), sorted, one per line.
    /// </summary>
    public const string SurfacePrinter = """
        internal static class KnowledgeGenSurface
        {
            private const System.Reflection.BindingFlags Declared = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly;

            public static string Describe(System.Type knowledgeBase)
            {
                var lines = new System.Collections.Generic.List<string>();
                Add(knowledgeBase, knowledgeBase.Name, lines);
                lines.Sort(System.StringComparer.Ordinal);
                return string.Join("\n", lines);
            }

            private static void Add(System.Type type, string name, System.Collections.Generic.List<string> lines)
            {
                foreach (System.Reflection.MemberInfo member in type.GetMembers(Declared))
                {
                    if (member is System.Type nested)
                    {
                        if (!nested.IsNestedPrivate && !nested.IsNestedFamANDAssem && !nested.Name.Contains('<'))
                        {
                            lines.Add(name + "." + nested.Name + " : " + Kind(nested));
                            Add(nested, name + "." + nested.Name, lines);
                        }
                    }
                    else if (Reachable(member))
                    {
                        lines.Add(name + "." + Describe(member));
                    }
                }
            }

            private static string Kind(System.Type type)
                => type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : "class";

            private static bool Reachable(System.Reflection.MemberInfo member) => member switch
            {
                System.Reflection.ConstructorInfo constructor => !constructor.IsPrivate && !constructor.IsFamilyAndAssembly && !constructor.IsStatic,
                System.Reflection.MethodInfo method => !method.IsPrivate && !method.IsFamilyAndAssembly && !(method.IsSpecialName && (method.Name.StartsWith("get_") || method.Name.StartsWith("set_"))),
                System.Reflection.FieldInfo field => !field.IsPrivate && !field.IsFamilyAndAssembly && !field.IsSpecialName,
                System.Reflection.PropertyInfo property => System.Linq.Enumerable.Any(property.GetAccessors(true), a => !a.IsPrivate && !a.IsFamilyAndAssembly),
                _ => false,
            };

            private static string Describe(System.Reflection.MemberInfo member) => member switch
            {
                System.Reflection.ConstructorInfo constructor => "ctor(" + Parameters(constructor) + ") " + Access(constructor),
                System.Reflection.MethodInfo method => method.Name + "(" + Parameters(method) + ") : " + Name(method.ReturnType) + " " + Access(method),
                System.Reflection.PropertyInfo property => property.Name + " : " + Name(property.PropertyType) + (property.CanWrite && !property.SetMethod!.IsPrivate ? " { get; set; }" : "") + " " + Access(property.GetMethod!),
                System.Reflection.FieldInfo field => field.Name + " : " + Name(field.FieldType) + " field",
                _ => member.Name,
            };

            private static string Access(System.Reflection.MethodBase method)
                => (method.IsPublic ? "public" : method.IsAssembly ? "internal" : "protected") + (method.IsStatic ? " static" : "");

            private static string Parameters(System.Reflection.MethodBase method)
                => string.Join(", ", System.Linq.Enumerable.Select(method.GetParameters(), p => Name(p.ParameterType)));

            private static string Name(System.Type type)
                => type.IsGenericType
                    ? type.Name.Substring(0, type.Name.IndexOf('`')) + "<" + string.Join(", ", System.Linq.Enumerable.Select(type.GetGenericArguments(), Name)) + ">"
                    : type.Name;
        }
        """;
}
