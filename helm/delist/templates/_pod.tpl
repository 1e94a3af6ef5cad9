{{/*
The pod every delist Job runs, and the serve Deployment too: the hardened container, the database credentials
from the Secret, the job files and, when it writes reports, the reports volume. Takes a dict: root (the chart
context), args (the command line), env (extra variables for this pod), annotations (more pod annotations),
reports (true when the pod mounts the reports volume), catalog (true when it mounts the catalog claim, read-only) and serve (true for the serve Deployment's pod: it restarts, listens on 8080 with probes, and
writes the reports of the runs it starts to /tmp/reports unless it mounts the volume).
Pods that write no reports (the shards of an Indexed Job) neither mount the volume nor name its path: a
ReadWriteOnce claim cannot attach to pods spread over several nodes.
*/}}
{{- define "delist.podTemplate" -}}
{{- with .root }}
template:
  metadata:
    labels:
      {{- include "delist.selectorLabels" . | nindent 6 }}
      {{- if $.serve }}
      {{- include "delist.serveComponent" . | nindent 6 }}
      {{- end }}
      {{- with .Values.podLabels }}
      {{- toYaml . | nindent 6 }}
      {{- end }}
    {{- with merge (dict) ($.annotations | default dict) .Values.podAnnotations }}
    annotations:
      {{- toYaml . | nindent 6 }}
    {{- end }}
  spec:
    {{- if not $.serve }}
    # Exit codes 1 (failed), 2 (bad configuration) and 3 (health gate failed) all fail
    # the Job; the operator decides between fixing the input and `restart <id>`.
    restartPolicy: Never
    {{- end }}
    serviceAccountName: {{ include "delist.serviceAccountName" . }}
    automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
    # Service links would add variables such as DELIST_PORT, which Spring's relaxed
    # binding could read as delist.* properties.
    enableServiceLinks: false
    {{- with ternary .Values.serve.terminationGracePeriodSeconds .Values.cronjob.terminationGracePeriodSeconds (default false $.serve) }}
    terminationGracePeriodSeconds: {{ . }}
    {{- end }}
    {{- with .Values.priorityClassName }}
    priorityClassName: {{ . | quote }}
    {{- end }}
    {{- with .Values.imagePullSecrets }}
    imagePullSecrets:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- with .Values.podSecurityContext }}
    securityContext:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    containers:
      - name: delist
        image: {{ include "delist.image" . | quote }}
        imagePullPolicy: {{ .Values.image.pullPolicy }}
        args:
          {{- range $.args }}
          - {{ . | toString | quote }}
          {{- end }}
        env:
          - name: SPRING_DATASOURCE_URL
            value: {{ required "database.url is required (jdbc:postgresql://host:5432/db)" .Values.database.url | quote }}
          - name: SPRING_DATASOURCE_USERNAME
            {{- if .Values.database.existingSecretUsernameKey }}
            valueFrom:
              secretKeyRef:
                name: {{ include "delist.databaseSecretName" . }}
                key: {{ .Values.database.existingSecretUsernameKey }}
            {{- else }}
            value: {{ required "database.username is required" .Values.database.username | quote }}
            {{- end }}
          - name: SPRING_DATASOURCE_PASSWORD
            valueFrom:
              secretKeyRef:
                name: {{ include "delist.databaseSecretName" . }}
                key: {{ required "database.existingSecretPasswordKey is required" .Values.database.existingSecretPasswordKey }}
          {{- if .Values.notify.existingSecret }}
          - name: DELIST_NOTIFY_WEBHOOKURL
            valueFrom:
              secretKeyRef:
                name: {{ .Values.notify.existingSecret | quote }}
                key: {{ required "notify.existingSecretKey is required" .Values.notify.existingSecretKey | quote }}
          {{- end }}
          - name: DELIST_JOBS_DIR
            value: {{ .Values.jobsConfig.mountPath | quote }}
          {{- if $.reports }}
          - name: DELIST_REPORT_DIR
            value: {{ .Values.reports.mountPath | quote }}
          {{- else if $.serve }}
          # no reports volume: the reports of runs serve starts go with the pod
          - name: DELIST_REPORT_DIR
            value: /tmp/reports
          {{- end }}
          # the root filesystem is read-only: the log file goes to the /tmp volume
          - name: LOGGING_FILE_NAME
            value: /tmp/delist.log
          {{- if ne .Values.stores.apple.requestsPerMinute nil }}
          - name: DELIST_STORES_APPLE_REQUESTSPERMINUTE
            value: {{ .Values.stores.apple.requestsPerMinute | toString | quote }}
          {{- end }}
          {{- if ne .Values.stores.googlePlay.requestsPerMinute nil }}
          - name: DELIST_STORES_GOOGLEPLAY_REQUESTSPERMINUTE
            value: {{ .Values.stores.googlePlay.requestsPerMinute | toString | quote }}
          {{- end }}
          {{- with .Values.javaToolOptions }}
          - name: JAVA_TOOL_OPTIONS
            value: {{ . | quote }}
          {{- end }}
          {{- with $.env }}
          {{- toYaml . | nindent 10 }}
          {{- end }}
          {{- with .Values.extraEnv }}
          {{- toYaml . | nindent 10 }}
          {{- end }}
        {{- with .Values.containerSecurityContext }}
        securityContext:
          {{- toYaml . | nindent 10 }}
        {{- end }}
        {{- if $.serve }}
        ports:
          - name: http
            containerPort: 8080
            protocol: TCP
        # open without login: /actuator/health (with the database) says whether serve can take requests, /livez
        # (without it) whether the process is sound; a database outage must not restart the pods
        {{- range $probe := list "startup" "readiness" "liveness" }}
        {{ $probe }}Probe:
          httpGet:
            path: {{ ternary "/livez" "/actuator/health" (eq $probe "liveness") }}
            port: http
          {{- toYaml (get $.root.Values.serve.probes $probe) | nindent 10 }}
        {{- end }}
        {{- end }}
        resources:
          {{- toYaml (ternary .Values.serve.resources .Values.resources (default false $.serve)) | nindent 10 }}
        volumeMounts:
          # The root filesystem is read-only; the JVM and report staging write here.
          - name: tmp
            mountPath: /tmp
          # nightly.yaml alone, so that the lists volume can sit beside it: a mount
          # nested inside a (read-only) ConfigMap volume cannot be created.
          - name: jobs
            mountPath: {{ printf "%s/nightly.yaml" (trimSuffix "/" .Values.jobsConfig.mountPath) | quote }}
            subPath: nightly.yaml
            readOnly: true
          - name: lists
            mountPath: {{ printf "%s/lists" (trimSuffix "/" .Values.jobsConfig.mountPath) | quote }}
            readOnly: true
          {{- if $.reports }}
          - name: reports
            mountPath: {{ .Values.reports.mountPath | quote }}
          {{- end }}
          {{- if $.catalog }}
          - name: catalog
            mountPath: {{ .Values.catalog.mountPath | quote }}
            readOnly: true
          {{- end }}
    volumes:
      {{- $tmp := dict }}
      {{- with .Values.tmp.medium }}{{ $_ := set $tmp "medium" . }}{{ end }}
      {{- with .Values.tmp.sizeLimit }}{{ $_ := set $tmp "sizeLimit" . }}{{ end }}
      - name: tmp
        emptyDir: {{- if $tmp }}{{ toYaml $tmp | nindent 10 }}{{ else }} {}{{ end }}
      - name: jobs
        configMap:
          name: {{ include "delist.jobsConfigMapName" . }}
      - name: lists
        configMap:
          name: {{ include "delist.listsConfigMapName" . }}
      {{- if $.reports }}
      - name: reports
        {{- if .Values.reports.persistence.enabled }}
        persistentVolumeClaim:
          claimName: {{ include "delist.reportsClaimName" . }}
        {{- else }}
        emptyDir: {}
        {{- end }}
      {{- end }}
      {{- if $.catalog }}
      - name: catalog
        persistentVolumeClaim:
          claimName: {{ .Values.catalog.existingClaim | quote }}
          readOnly: true
      {{- end }}
    {{- with .Values.nodeSelector }}
    nodeSelector:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- with .Values.affinity }}
    affinity:
      {{- toYaml . | nindent 6 }}
    {{- end }}
    {{- with .Values.tolerations }}
    tolerations:
      {{- toYaml . | nindent 6 }}
    {{- end }}
{{- end }}
{{- end }}
