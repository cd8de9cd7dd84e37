package dev.l2mac.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A user's own git work, as tests of runs on existing repositories find it: commits by someone other than l2mac, a
 * checkout of another repository nested in the workspace, a corrupt object, and every byte of a folder to compare
 * before and after.
 */
public final class UserRepository {

    private UserRepository() {}

    /** Commits what {@code git} has staged as the user Ann. */
    public static RevCommit commitAsUser(Git git, String message) throws GitAPIException {
        return git.commit()
                .setMessage(message)
                .setAuthor("Ann", "ann@example.com")
                .setCommitter("Ann", "ann@example.com")
                .setSign(false)
                .call();
    }

    /** A repository of its own at {@code folder} (a vendored checkout) holding {@code file} in one commit. */
    public static void checkout(Path folder, String file, String content) throws IOException, GitAPIException {
        try (Git nested = Git.init().setDirectory(folder.toFile()).call()) {
            Files.writeString(folder.resolve(file), content);
            nested.add().addFilepattern(".").call();
            commitAsUser(nested, "vendored");
        }
    }

    /**
     * Makes the latest commit of the repository at {@code workspace} unreadable in a way disks and interrupted
     * copies do: the loose object that holds {@code path} there (a file's content, or a folder's tree) is
     * overwritten with bytes that are no git object. The work tree is left as it is.
     */
    public static void corruptObjectOf(Path workspace, String path) throws IOException {
        try (Git git = Git.open(workspace.toFile());
                RevWalk walk = new RevWalk(git.getRepository());
                TreeWalk entry = TreeWalk.forPath(
                        git.getRepository(),
                        path,
                        walk.parseCommit(git.getRepository().resolve(Constants.HEAD))
                                .getTree())) {
            String id = entry.getObjectId(0).getName();
            Path object = workspace.resolve(".git/objects/" + id.substring(0, 2) + "/" + id.substring(2));
            Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("rw-r--r--"));
            Files.write(object, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
    }

    /** Every file below {@code root} ({@code .git} included) by relative path, byte for byte. */
    public static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
