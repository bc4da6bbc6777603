// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// One fact file's data, from the tables its data class holds: a row of integers per record, indexing the file's
        /// strings (-1 for null), whose first are the fact and retired ids. Nothing is decoded until it is needed: the
        /// ids (a constant of their own) when a fact is first looked up by id, the rest of the file when one of its facts
        /// or declarations is first read, and each fact object when it is first read. Every piece is published with a compare-exchange,
        /// so threads racing to build one agree on the object they return, and once built it is read without a lock or
        /// an allocation. The field order mirrors the generator's DataTableWriter.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenTable
        {
            private readonly global::System.Reflection.FieldInfo/*?*/ _ids;
            private readonly global::System.Reflection.FieldInfo/*?*/ _pool;
            private readonly global::System.Reflection.FieldInfo/*?*/ _rows;
            private readonly global::System.Reflection.FieldInfo/*?*/[] _sentences;
            private readonly Fact/*?*/[] _facts;
            private readonly NamedIds/*?*/[] _names;
            private string[]/*?*/ _strings;
            private IdText/*?*/ _idText;
            private Decoded/*?*/ _decoded;
            private Declarations/*?*/ _declarations;

            private KnowledgeGenTable(string[]/*?*/ strings, global::System.Reflection.FieldInfo/*?*/ ids, global::System.Reflection.FieldInfo/*?*/ pool, global::System.Reflection.FieldInfo/*?*/ rows, int factCount, int retiredCount, global::System.Reflection.FieldInfo/*?*/[] sentences)
            {
                RetiredCount = retiredCount;
                _strings = strings;
                _ids = ids;
                _pool = pool;
                _rows = rows;
                _sentences = sentences;
                _facts = new Fact[factCount];
                _names = new NamedIds[factCount];
            }

            /// <summary>How a data class's constants are found: private and static.</summary>
            internal const global::System.Reflection.BindingFlags Constant = global::System.Reflection.BindingFlags.NonPublic | global::System.Reflection.BindingFlags.Static;

            /// <summary>The number of the file's facts, known without decoding anything.</summary>
            internal int FactCount => _facts.Length;

            /// <summary>The number of the file's retired ids, known without decoding anything.</summary>
            internal int RetiredCount { get; }

            /// <summary>The number of sources the file declares, known without decoding anything: one constant of sentences each.</summary>
            internal int SourceCount => _sentences.Length;

            internal Entity[] Entities => Declared().Entities;

            internal Source[] Sources => Declared().Sources;

            internal Measure[] Measures => Declared().Measures;

            internal RetiredId[] Retired => Declared().Retired;

            /// <summary>
            /// A data class's tables from its constants of ids and of the other strings (the generator's
            /// FactFileEmitter.WriteStrings) and its constant of rows, all read through reflection, since code that named a
            /// constant would copy it into the user-string heap; nothing is read yet. Each declared source's sentences, in the
            /// order of the file's sources, are a field of their own (the generator's FactFileEmitter.WriteSentences).
            /// </summary>
            internal static KnowledgeGenTable Read(global::System.Reflection.FieldInfo/*?*/ ids, global::System.Reflection.FieldInfo/*?*/ pool, global::System.Reflection.FieldInfo/*?*/ rows, int factCount, int retiredCount, params global::System.Reflection.FieldInfo/*?*/[] sentences)
                => new KnowledgeGenTable(null, ids, pool, rows, factCount, retiredCount, sentences);

            /// <summary>A data class's tables from a pool written string by string (one holding the pool's separator).</summary>
            internal static KnowledgeGenTable Read(string[] strings, global::System.Reflection.FieldInfo/*?*/ rows, int factCount, int retiredCount, params global::System.Reflection.FieldInfo/*?*/[] sentences)
                => new KnowledgeGenTable(strings, null, null, rows, factCount, retiredCount, sentences);

            /// <summary>
            /// The tables of the constant of rows (the generator's RowEncoding): each integer is base-34 digits from ']'
            /// ending in a base-57 digit from '#', zigzag-folded; tables are separated by a space.
            /// </summary>
            internal static int[][] Tables(string encoded, int count)
            {
                string[] parts = encoded.Split(' ');
                var tables = new int[count][];
                for (int t = 0; t < tables.Length; t++)
                {
                    tables[t] = t < parts.Length ? Decode(parts[t]) : new int[0];
                }

                return tables;
            }

            /// <summary>
            /// The id of each fact and then of each retired fact, in row order, as one text: the writer keeps them in a
            /// constant of their own, so that a lookup by id reads them without the rest of the file's strings, and
            /// makes no string of an id until it is asked for.
            /// </summary>
            internal IdText Ids()
            {
                IdText/*?*/ ids = Published(ref _idText);
                if (ids != null)
                {
                    return ids;
                }

                int count = _facts.Length + RetiredCount;
                string[]/*?*/ strings = Published(ref _strings);
                ids = strings != null
                    ? IdText.Of(strings, count)
                    : IdText.Split((_ids == null ? null : _ids.GetRawConstantValue() as string) ?? string.Empty, count);
                return global::System.Threading.Interlocked.CompareExchange(ref _idText, ids, null) ?? ids;
            }

            /// <summary>The fact of the row, built on first access; every caller gets the same object.</summary>
            internal Fact Fact(int row)
            {
                Fact/*?*/ fact = Published(ref _facts[row]);
                return fact ?? Build(row);
            }

            // The typed reads of a fact and of a measure, one per kind, so that a generated member is one call and holds no cast.
            internal ClaimFact Claim(int row) => (ClaimFact)Fact(row);

            internal MoneyFact Money(int row) => (MoneyFact)Fact(row);

            internal QuantityFact Quantity(int row) => (QuantityFact)Fact(row);

            internal PercentageFact Percentage(int row) => (PercentageFact)Fact(row);

            internal DateFact Date(int row) => (DateFact)Fact(row);

            internal RoleFact Role(int row) => (RoleFact)Fact(row);

            internal StanceFact Stance(int row) => (StanceFact)Fact(row);

            internal EventFact Event(int row) => (EventFact)Fact(row);

            internal QuoteFact Quote(int row) => (QuoteFact)Fact(row);

            internal TradeActionFact TradeAction(int row) => (TradeActionFact)Fact(row);

            internal Measure<MoneyFact> MoneyMeasure(int index) => (Measure<MoneyFact>)Measures[index];

            internal Measure<QuantityFact> QuantityMeasure(int index) => (Measure<QuantityFact>)Measures[index];

            internal Measure<PercentageFact> PercentageMeasure(int index) => (Measure<PercentageFact>)Measures[index];

            /// <summary>What the fact of the row names by id, for the index to link.</summary>
            internal NamedIds Names(int row)
            {
                Fact(row);
                return Published(ref _names[row])/*!*/;
            }

            private Fact Build(int row)
            {
                Decoded decoded = Decode();
                var reader = new RowReader(decoded.Strings, decoded.Tables[0], decoded.FactStarts[row]);
                NamedIds names;
                Fact built = reader.ReadFact(decoded.Strings[row], out names);
                global::System.Threading.Volatile.Write(ref _names[row], names);
                return global::System.Threading.Interlocked.CompareExchange(ref _facts[row], built, null) ?? built;
            }

            private Declarations Declared()
            {
                Declarations/*?*/ declared = Published(ref _declarations);
                if (declared != null)
                {
                    return declared;
                }

                Decoded decoded = Decode();
                declared = new Declarations(decoded.Strings, decoded.Tables, _sentences);
                return global::System.Threading.Interlocked.CompareExchange(ref _declarations, declared, null) ?? declared;
            }

            private Decoded Decode()
            {
                Decoded/*?*/ decoded = Published(ref _decoded);
                if (decoded != null)
                {
                    return decoded;
                }

                string[] strings = Published(ref _strings) ?? Strings();
                string rows = (_rows == null ? null : _rows.GetRawConstantValue() as string) ?? string.Empty;
                decoded = new Decoded(strings, Tables(rows, 5), _facts.Length);
                return global::System.Threading.Interlocked.CompareExchange(ref _decoded, decoded, null) ?? decoded;
            }

            /// <summary>The ids and then the pool's other strings (an empty constant of ids holds none).</summary>
            private string[] Strings()
            {
                IdText ids = Ids();
                string[] rest = Joined((_pool == null ? null : _pool.GetRawConstantValue() as string) ?? string.Empty);
                var strings = new string[ids.Count + rest.Length];
                for (int i = 0; i < ids.Count; i++)
                {
                    strings[i] = ids.Id(i);
                }

                global::System.Array.Copy(rest, 0, strings, ids.Count, rest.Length);
                return strings;
            }

            /// <summary>The strings of a constant the generator joined, its first character their separator (FactFileEmitter.Joined).</summary>
            internal static string[] Joined(string text)
                => text.Length == 0 ? new[] { string.Empty } : text.Substring(1).Split(text[0]);

            private static T/*?*/ Published<T>(ref T/*?*/ location)
                where T : class
                => global::System.Threading.Volatile.Read(ref location);

            private static int[] Decode(string part)
            {
                int count = 0;
                foreach (char c in part)
                {
                    if (c < ']')
                    {
                        count++;
                    }
                }

                var values = new int[count];
                int next = 0;
                long more = 0;
                foreach (char c in part)
                {
                    if (c >= ']')
                    {
                        more = (more * 34) + (c - ']');
                        continue;
                    }

                    long folded = (more * 57) + (c - '#');
                    values[next++] = (int)(folded >> 1) ^ -(int)(folded & 1);
                    more = 0;
                }

                return values;
            }

            /// <summary>A file's ids joined by the pool's separator, and where each starts; an id's string is made only when asked for.</summary>
            internal sealed class IdText
            {
                private readonly int[] _starts;

                private IdText(string text, int[] starts)
                {
                    Text = text;
                    _starts = starts;
                }

                /// <summary>The first ids of a pool written string by string, where an id may hold the separator.</summary>
                internal static IdText Of(string[] strings, int count)
                {
                    var starts = new int[count + 1];
                    for (int i = 0; i < count; i++)
                    {
                        starts[i + 1] = starts[i] + strings[i].Length + 1;
                    }

                    return new IdText(string.Join("\u001F", strings, 0, count), starts);
                }

                /// <summary>The ids of a constant, joined by a separator none of them holds, which leads them.</summary>
                internal static IdText Split(string text, int count)
                {
                    var starts = new int[count + 1];
                    starts[0] = text.Length == 0 ? 0 : 1;
                    char separator = text.Length == 0 ? '\u001F' : text[0];
                    for (int i = 0; i < count; i++)
                    {
                        int end = text.IndexOf(separator, starts[i]);
                        starts[i + 1] = (end < 0 ? text.Length : end) + 1;
                    }

                    return new IdText(text, starts);
                }

                internal string Text { get; }

                internal int Count => _starts.Length - 1;

                internal int Start(int index) => _starts[index];

                internal int Length(int index) => _starts[index + 1] - _starts[index] - 1;

                internal string Id(int index) => Text.Substring(_starts[index], Length(index));
            }

            /// <summary>The file's strings and integer tables, decoded once, and where each fact's row starts.</summary>
            private sealed class Decoded
            {
                internal Decoded(string[] strings, int[][] tables, int factCount)
                {
                    Strings = strings;
                    Tables = tables;
                    FactStarts = new int[factCount];

                    // Each fact row starts with its length (the writer's FactRows), so that a fact is read without those before it.
                    int start = 0;
                    for (int i = 0; i < factCount && start < tables[0].Length; i++)
                    {
                        FactStarts[i] = start + 1;
                        start += 1 + tables[0][start];
                    }
                }

                internal string[] Strings { get; }

                internal int[][] Tables { get; }

                internal int[] FactStarts { get; }
            }

            /// <summary>The file's entities, sources, measures and retired ids, built together on first use of any.</summary>
            private sealed class Declarations
            {
                internal Declarations(string[] strings, int[][] tables, global::System.Reflection.FieldInfo/*?*/[] sentences)
                {
                    int source = 0;
                    Entities = ReadAll(strings, tables[1], reader => reader.ReadEntity());
                    Sources = ReadAll(strings, tables[2], reader => reader.ReadSource(source < sentences.Length ? sentences[source++] : null));
                    Measures = ReadAll(strings, tables[3], reader => reader.ReadMeasure());
                    Retired = ReadAll(strings, tables[4], reader => reader.ReadRetired());
                }

                internal Entity[] Entities { get; }

                internal Source[] Sources { get; }

                internal Measure[] Measures { get; }

                internal RetiredId[] Retired { get; }

                private static T[] ReadAll<T>(string[] strings, int[] rows, global::System.Func<RowReader, T> read)
                {
                    var reader = new RowReader(strings, rows, 0);
                    var items = new global::System.Collections.Generic.List<T>();
                    while (!reader.Done)
                    {
                        items.Add(read(reader));
                    }

                    return items.ToArray();
                }
            }

            /// <summary>Reads records from one table of integers, from a given place; one reader per record read.</summary>
            private sealed class RowReader
            {
                private readonly string[] _strings;
                private readonly int[] _rows;
                private int _next;
                private string _cited = string.Empty;

                internal RowReader(string[] strings, int[] rows, int start)
                {
                    _strings = strings;
                    _rows = rows;
                    _next = start;
                }

                internal bool Done => _next >= _rows.Length;

                /// <summary>A fact's row; its id is the row's own place at the head of the pool, which the caller reads.</summary>
                internal Fact ReadFact(string id, out NamedIds names)
                {
                    var kind = (FactKind)Int();
                    string statement = Text();
                    string[] about = Texts();
                    FactPeriod/*?*/ holds = Int() == 0 ? null : new FactPeriod(Date(), Date(), OptionalText());
                    string/*?*/ context = OptionalText();
                    var citations = new Citation[Int()];
                    for (int i = 0; i < citations.Length; i++)
                    {
                        string source = Text();
                        int number = Int();
                        string sentence = Sentence(source, number);
                        citations[i] = new Citation(source, Quote(sentence), sentence, number, Int(), OptionalText());
                    }

                    _cited = citations.Length == 0 ? string.Empty : citations[0].Sentence;
                    object/*?*/ value = Value(kind);
                    _cited = string.Empty;

                    string[] supersedes = Texts();
                    string[] contradicts = Texts();
                    string[] accordingTo = Texts();
                    int stage = Int();
                    FactStatus? status = stage < 0 ? (FactStatus?)null : (FactStatus)stage;
                    names = new NamedIds(about, accordingTo, supersedes, contradicts, OptionalText());
                    switch (kind)
                    {
                        case FactKind.Money: return new MoneyFact(id, statement, holds, context, citations, status, (Money)value/*!*/);
                        case FactKind.Quantity: return new QuantityFact(id, statement, holds, context, citations, status, (Quantity)value/*!*/);
                        case FactKind.Percentage: return new PercentageFact(id, statement, holds, context, citations, status, (Percentage)value/*!*/);
                        case FactKind.Date: return new DateFact(id, statement, holds, context, citations, status, (DateValue)value/*!*/);
                        case FactKind.Role: return new RoleFact(id, statement, holds, context, citations, status, (RoleValue)value/*!*/);
                        case FactKind.Stance: return new StanceFact(id, statement, holds, context, citations, status, (StanceValue)value/*!*/);
                        case FactKind.Event: return new EventFact(id, statement, holds, context, citations, status, (EventValue)value/*!*/);
                        case FactKind.Quote: return new QuoteFact(id, statement, holds, context, citations, status, (QuoteValue)value/*!*/);
                        case FactKind.TradeAction: return new TradeActionFact(id, statement, holds, context, citations, status, (TradeActionValue)value/*!*/);
                        default: return new ClaimFact(id, statement, holds, context, citations, status);
                    }
                }

                internal Entity ReadEntity() => new Entity(Text(), (EntityKind)Int(), Text(), Texts(), OptionalText());

                internal Source ReadSource(global::System.Reflection.FieldInfo/*?*/ sentences) => new Source(Text(), Text(), OptionalText(), DateValue(), Text(), Text(), sentences);

                internal RetiredId ReadRetired() => new RetiredId(Text(), Text(), OptionalText());

                internal Measure ReadMeasure()
                {
                    string id = Text();
                    string description = Text();
                    string unit = Text();
                    switch ((FactKind)Int())
                    {
                        case FactKind.Money: return new Measure<MoneyFact>(id, description, unit);
                        case FactKind.Percentage: return new Measure<PercentageFact>(id, description, unit);
                        default: return new Measure<QuantityFact>(id, description, unit);
                    }
                }

                private object/*?*/ Value(FactKind kind)
                {
                    switch (kind)
                    {
                        case FactKind.Money: return Money();
                        case FactKind.Quantity: return new Quantity(Number(), Text(), Printed(), Qualifier(), OptionalNumber());
                        case FactKind.Percentage: return Percentage();
                        case FactKind.Date: return DateValue();
                        case FactKind.Role: return new RoleValue(Text(), Text(), OptionalText());
                        case FactKind.Stance: return new StanceValue(Text(), Text(), Text());
                        case FactKind.Event: return new EventValue(Text(), OptionalText(), DateValue());
                        case FactKind.Quote: return new QuoteValue(Text(), Text());
                        case FactKind.TradeAction:
                            return new TradeActionValue(
                                Text(), Texts(), (TradeInstrument)Int(), Printed(), OptionalText(),
                                Int() == 0 ? (Money?)null : Money(),
                                Int() == 0 ? (Percentage?)null : Percentage(),
                                DateValue());
                        default: return null;
                    }
                }

                private Money Money() => new Money(Number(), Text(), Printed(), Qualifier(), OptionalNumber());

                private Percentage Percentage() => new Percentage(Number(), Printed(), Qualifier(), OptionalNumber());

                /// <summary>A number's qualifier (-1 for an exact number).</summary>
                private ValueQualifier? Qualifier()
                {
                    int qualifier = Int();
                    return qualifier < 0 ? (ValueQualifier?)null : (ValueQualifier)qualifier;
                }

                private decimal? OptionalNumber()
                {
                    string/*?*/ text = OptionalText();
                    return text == null ? (decimal?)null : ParseNumber(text);
                }

                private DateValue/*?*/ DateValue()
                {
                    if (Int() == 0)
                    {
                        return null;
                    }

                    FactDate date = Date().GetValueOrDefault();
                    return new DateValue(date, OptionalPrinted(), OptionalText());
                }

                private FactDate? Date()
                {
                    int year = Int();
                    int month = Int();
                    int day = Int();
                    var precision = (DatePrecision)Int();
                    return year < 0 ? (FactDate?)null : new FactDate(year, month, day, precision);
                }

                private static decimal ParseNumber(string text) => decimal.Parse(text, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);

                private decimal Number() => ParseNumber(Text());

                private string[] Texts()
                {
                    var texts = new string[Int()];
                    for (int i = 0; i < texts.Length; i++)
                    {
                        texts[i] = Text();
                    }

                    return texts;
                }

                /// <summary>A cited sentence: a string, or minus the number of its source's sentences it joins from the given one on, as the writer chose.</summary>
                private string Sentence(string source, int number)
                {
                    int index = Int();
                    return index >= 0 ? _strings[index] : KnowledgeGenIndex.Sentences(source, number, -index);
                }

                /// <summary>A quote: a string, or its place in its sentence (-1 - offset, then length), as the writer chose.</summary>
                private string Quote(string sentence)
                {
                    int index = Int();
                    return index >= 0 ? _strings[index] : sentence.Substring(-1 - index, Int());
                }

                /// <summary>A string the writer never leaves out.</summary>
                private string Text() => _strings[Int()];

                /// <summary>A value's printed words the writer never leaves out: see <see cref="OptionalPrinted"/>.</summary>
                private string Printed() => OptionalPrinted() ?? string.Empty;

                /// <summary>A value's printed words: a string, or their place in the fact's first cited sentence (-2 - offset, then length), as the writer chose.</summary>
                private string/*?*/ OptionalPrinted()
                {
                    int index = Int();
                    return index >= -1 ? (index < 0 ? null : _strings[index]) : _cited.Substring(-2 - index, Int());
                }

                private string/*?*/ OptionalText()
                {
                    int index = Int();
                    return index < 0 ? null : _strings[index];
                }

                private int Int() => _rows[_next++];
            }

            /// <summary>What a fact names by id: the index turns these into objects, once.</summary>
            internal sealed class NamedIds
            {
                internal NamedIds(string[] about, string[] accordingTo, string[] supersedes, string[] contradicts, string/*?*/ measure)
                {
                    About = about;
                    AccordingTo = accordingTo;
                    Supersedes = supersedes;
                    Contradicts = contradicts;
                    Measure = measure;
                }

                internal string[] About { get; }

                internal string[] AccordingTo { get; }

                internal string[] Supersedes { get; }

                internal string[] Contradicts { get; }

                internal string/*?*/ Measure { get; }
            }

            /// <summary>A retired fact's id, why it went (the sentence of its CS0619), and the fact replacing it, if any.</summary>
            internal sealed class RetiredId
            {
                internal RetiredId(string id, string message, string/*?*/ replacement)
                {
                    Id = id;
                    Message = message;
                    Replacement = replacement;
                }

                internal string Id { get; }

                internal string Message { get; }

                internal string/*?*/ Replacement { get; }
            }
        }
    }
}
