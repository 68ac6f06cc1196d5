package io.kairos.shared.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of the public API: JSON bodies, and multipart uploads (files attached to tickets). */
@ConfigurationProperties("kairos.api")
record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("11MB") DataSize maxUploadSize) {
}
