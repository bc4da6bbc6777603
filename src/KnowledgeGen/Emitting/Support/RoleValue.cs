// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A person holding a position.</summary>
        // [GeneratedCode]
        public sealed class RoleValue
        {
            private readonly string _personId;
            private readonly string/*?*/ _organisationId;

            internal RoleValue(string personId, string position, string/*?*/ organisationId)
            {
                _personId = personId;
                Position = position;
                _organisationId = organisationId;
            }

            /// <summary>The person.</summary>
            public Entity Person => KnowledgeGenIndex.Entity(_personId)/*!*/;

            /// <summary>The position as the source names it.</summary>
            public string Position { get; }

            /// <summary>The organisation the position is in, if the source names one.</summary>
            public Entity/*?*/ Organisation => KnowledgeGenIndex.Entity(_organisationId);

            /// <summary>The person, position and organisation, by name.</summary>
            public override string ToString() => Person.Name + ": " + Position + (Organisation == null ? "" : " (" + Organisation.Name + ")");
        }
    }
}
