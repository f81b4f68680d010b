#include "SopsTree.h"

namespace fleetdesk {

const SopsNode* SopsNode::find(const QString& key) const
{
    if (kind != Kind::Mapping)
        return nullptr;
    for (const SopsEntry& e : children)
        if (!e.value.isComment() && e.key == key)
            return &e.value;
    return nullptr;
}

SopsNode* SopsNode::find(const QString& key)
{
    return const_cast<SopsNode*>(std::as_const(*this).find(key));
}

SopsNode& SopsNode::add(const QString& key, SopsNode value)
{
    children.push_back(SopsEntry{key, std::move(value)});
    return children.back().value;
}

SopsNode& SopsNode::add(SopsNode value)
{
    children.push_back(SopsEntry{QString(), std::move(value)});
    return children.back().value;
}

bool SopsNode::sameAs(const SopsNode& other, bool withComments) const
{
    if (kind != other.kind)
        return false;
    if (!isCollection())
        return kind == Kind::Null || text == other.text;
    auto next = [withComments](const std::vector<SopsEntry>& list, std::size_t i) {
        while (!withComments && i < list.size() && list[i].value.isComment())
            ++i;
        return i;
    };
    std::size_t i = next(children, 0);
    std::size_t j = next(other.children, 0);
    while (i < children.size() && j < other.children.size()) {
        const SopsEntry& a = children[i];
        const SopsEntry& b = other.children[j];
        if (a.key != b.key || !a.value.sameAs(b.value, withComments))
            return false;
        i = next(children, i + 1);
        j = next(other.children, j + 1);
    }
    return i == children.size() && j == other.children.size();
}

} // namespace fleetdesk
