package org.beaconportal.core.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ModuleAdministration;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.PortalModule;

/** The module management page: list modules, switch them on and off. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the modules table. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String name;
        private final String version;
        private final String basePath;
        private final String dependencies;
        private final boolean enabled;
        private final String failure;

        Row(
                String id,
                String name,
                String version,
                String basePath,
                String dependencies,
                boolean enabled,
                String failure) {
            this.id = id;
            this.name = name;
            this.version = version;
            this.basePath = basePath;
            this.dependencies = dependencies;
            this.enabled = enabled;
            this.failure = failure;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getVersion() {
            return version;
        }

        public String getBasePath() {
            return basePath;
        }

        public String getDependencies() {
            return dependencies;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public String getFailure() {
            return failure;
        }
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleAdministration administration;

    @Inject
    PageLanguage language;

    public List<Row> getRows() {
        Locale locale = language.getLocale();
        return registry.all().stream().map(m -> row(m, locale)).toList();
    }

    private Row row(PortalModule module, Locale locale) {
        ModuleDescriptor d = module.descriptor();
        return new Row(
                d.id(),
                ModuleTexts.text(module, d.nameKey(), locale),
                d.version(),
                d.basePath(),
                String.join(", ", d.dependencies()),
                registry.isEnabled(d.id()),
                registry.failure(d.id()).orElse(null));
    }

    public void enable(String moduleId) {
        try {
            administration.enable(moduleId);
            Texts.addInfo("modules.enabled", moduleId);
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void disable(String moduleId) {
        try {
            administration.disable(moduleId);
            Texts.addInfo("modules.disabled", moduleId);
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }
}
