// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A person, organisation, country, programme or other thing that facts are about.</summary>
        // [GeneratedCode]
        public sealed class Entity
        {
            internal Entity(string id, EntityKind kind, string name, string[] aliases, string/*?*/ description)
            {
                Id = id;
                Kind = kind;
                Name = name;
                Aliases = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(aliases);
                Description = description;
            }

            /// <summary>The entity's stable kebab-case id.</summary>
            public string Id { get; }

            /// <summary>What the entity is.</summary>
            public EntityKind Kind { get; }

            /// <summary>The name to display.</summary>
            public string Name { get; }

            /// <summary>Other names the sources use.</summary>
            public global::System.Collections.Generic.IReadOnlyList<string> Aliases { get; }

            /// <summary>A short description, if given.</summary>
            public string/*?*/ Description { get; }

            /// <summary>The facts about the entity, ordered by id.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> Facts => KnowledgeGenIndex.FactsAbout(this);

            /// <summary>The roles the person held, earliest first where the time is known; empty for anything but a person.</summary>
            public global::System.Collections.Generic.IReadOnlyList<RoleFact> Roles => KnowledgeGenIndex.RolesOf(this);

            /// <summary>The entity's name.</summary>
            public override string ToString() => Name;
        }
    }
}
