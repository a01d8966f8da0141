namespace TaxiiServer.Validation.Schema;

/// <summary>
/// The annotations unevaluatedProperties/unevaluatedItems need: which properties and items some successful
/// keyword has looked at. Only allocated under a schema that uses those keywords.
/// </summary>
internal sealed class EvaluatedSet
{
    private HashSet<string>? properties;
    private HashSet<int>? items;
    private bool allProperties;
    private bool allItems;
    private int itemPrefix;

    public void AddProperty(string name) => (properties ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public void AddAllProperties() => allProperties = true;

    public void AddItem(int index) => (items ??= []).Add(index);

    public void AddItemPrefix(int count) => itemPrefix = Math.Max(itemPrefix, count);

    public void AddAllItems() => allItems = true;

    public bool IsPropertyEvaluated(string name) => allProperties || (properties?.Contains(name) ?? false);

    public bool IsItemEvaluated(int index) => allItems || index < itemPrefix || (items?.Contains(index) ?? false);

    public void Merge(EvaluatedSet other)
    {
        allProperties |= other.allProperties;
        allItems |= other.allItems;
        itemPrefix = Math.Max(itemPrefix, other.itemPrefix);
        if (other.properties is not null)
        {
            (properties ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(other.properties);
        }

        if (other.items is not null)
        {
            (items ??= []).UnionWith(other.items);
        }
    }
}
