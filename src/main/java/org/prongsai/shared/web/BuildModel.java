package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.ModelMap;

/**
 * Which build this is, for the back office's footer (an operator asked "which version is this?" answers from
 * the page): the version from the build, and the commit it was made from when the build knew one. The same
 * two are in {@code /actuator/info}.
 */
@Configuration(proxyBeanMethods = false)
class BuildModel extends PageModel {

    private final String build;

    BuildModel(ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git) {
        var version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        var commit = git.getIfAvailable() == null ? null : git.getIfAvailable().getShortCommitId();
        this.build = commit == null ? version : version + " · " + commit;
    }

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("build", build);
    }
}
