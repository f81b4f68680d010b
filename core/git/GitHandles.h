#pragma once

#include <memory>

#include <git2/annotated_commit.h>
#include <git2/blob.h>
#include <git2/buffer.h>
#include <git2/commit.h>
#include <git2/config.h>
#include <git2/diff.h>
#include <git2/index.h>
#include <git2/object.h>
#include <git2/odb.h>
#include <git2/patch.h>
#include <git2/rebase.h>
#include <git2/refs.h>
#include <git2/remote.h>
#include <git2/revwalk.h>
#include <git2/signature.h>
#include <git2/status.h>
#include <git2/tree.h>

/// Owning pointers for the short-lived libgit2 objects that core/git uses inside its functions. Private to
/// core/git: headers outside this folder never see libgit2 types.
namespace fleetdesk::git {

template<typename T, void (*FreeFunction)(T*)>
struct Freer
{
    void operator()(T* pointer) const { FreeFunction(pointer); }
};

template<typename T, void (*FreeFunction)(T*)>
using Ptr = std::unique_ptr<T, Freer<T, FreeFunction>>;

using AnnotatedCommitPtr = Ptr<git_annotated_commit, git_annotated_commit_free>;
using BlobPtr = Ptr<git_blob, git_blob_free>;
using CommitPtr = Ptr<git_commit, git_commit_free>;
using ConfigPtr = Ptr<git_config, git_config_free>;
using DiffPtr = Ptr<git_diff, git_diff_free>;
using IndexPtr = Ptr<git_index, git_index_free>;
using ObjectPtr = Ptr<git_object, git_object_free>;
using OdbPtr = Ptr<git_odb, git_odb_free>;
using PatchPtr = Ptr<git_patch, git_patch_free>;
using RebasePtr = Ptr<git_rebase, git_rebase_free>;
using ReferencePtr = Ptr<git_reference, git_reference_free>;
using RemotePtr = Ptr<git_remote, git_remote_free>;
using RevwalkPtr = Ptr<git_revwalk, git_revwalk_free>;
using SignaturePtr = Ptr<git_signature, git_signature_free>;
using StatusListPtr = Ptr<git_status_list, git_status_list_free>;
using TreePtr = Ptr<git_tree, git_tree_free>;

/// A git_buf that disposes itself.
struct Buffer
{
    git_buf buf = GIT_BUF_INIT;
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() { git_buf_dispose(&buf); }
};

} // namespace fleetdesk::git
