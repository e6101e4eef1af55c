package ee.lim.core;

import ee.lim.spi.AuditSink;
import ee.lim.spi.CaseStore;
import ee.lim.spi.CohortSource;
import ee.lim.spi.IndicatorRulePack;
import ee.lim.spi.JurisdictionProfile;
import ee.lim.spi.LimPlugin;
import ee.lim.spi.Pseudonymiser;
import ee.lim.spi.RiskModelProvider;
import ee.lim.spi.ServiceCatalogueSource;
import java.util.ArrayList;
import java.util.List;

/** The SPI interfaces the engine discovers, in a fixed order. */
final class PluginRoles {
    private static final List<Class<? extends LimPlugin>> ROLES = new ArrayList<>();

    static {
        ROLES.add(CohortSource.class);
        ROLES.add(JurisdictionProfile.class);
        ROLES.add(IndicatorRulePack.class);
        ROLES.add(RiskModelProvider.class);
        ROLES.add(ServiceCatalogueSource.class);
        ROLES.add(Pseudonymiser.class);
        ROLES.add(CaseStore.class);
        ROLES.add(AuditSink.class);
    }

    private PluginRoles() {}

    static List<Class<? extends LimPlugin>> all() {
        return List.copyOf(ROLES);
    }

    static List<Class<? extends LimPlugin>> rolesOf(LimPlugin plugin) {
        List<Class<? extends LimPlugin>> roles = new ArrayList<>();
        for (Class<? extends LimPlugin> role : ROLES) {
            if (role.isInstance(plugin)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
