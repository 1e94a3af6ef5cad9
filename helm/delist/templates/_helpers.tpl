{{/*
The chart's short name. Kubernetes label values stop at 63 characters.
*/}}
{{- define "delist.name" -}}
{{- .Values.nameOverride | default .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The base name of every object in the release. A release whose name already holds the
chart's name is not repeated ("delist", not "delist-delist"). Cut at 52 characters, not
63: the CronJob controller appends an 11-character suffix to name each Job it starts.
*/}}
{{- define "delist.fullname" -}}
{{- $name := include "delist.name" . }}
{{- $base := printf "%s-%s" .Release.Name $name }}
{{- if contains $name .Release.Name }}
{{- $base = .Release.Name }}
{{- end }}
{{- .Values.fullnameOverride | default $base | trunc 52 | trimSuffix "-" }}
{{- end }}

{{/*
The aggregate CronJob, with sharding: the one that writes the night's reports, and the one one-off Jobs are
made from (the nightly CronJob's shard pods have no reports volume).
*/}}
{{- define "delist.pruneName" -}}
{{- printf "%s-prune" (include "delist.fullname" .) | trunc 52 | trimSuffix "-" }}
{{- end }}

{{- define "delist.aggregateName" -}}
{{- printf "%s-aggregate" (include "delist.fullname" .) | trunc 52 | trimSuffix "-" }}
{{- end }}

{{/*
Chart name and version, as the helm.sh/chart label expects them ("+" is not allowed).
*/}}
{{- define "delist.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels that identify this release's pods; they never change after install.
*/}}
{{- define "delist.selectorLabels" -}}
app.kubernetes.io/name: {{ include "delist.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels on every object.
*/}}
{{- define "delist.labels" -}}
helm.sh/chart: {{ include "delist.chart" . }}
{{ include "delist.selectorLabels" . }}
app.kubernetes.io/version: {{ include "delist.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/component: screening
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
The ServiceAccount the pods run as: the chart's own when it creates one, otherwise the one
named in values (or the namespace's "default").
*/}}
{{- define "delist.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- .Values.serviceAccount.name | default (include "delist.fullname" .) }}
{{- else }}
{{- .Values.serviceAccount.name | default "default" }}
{{- end }}
{{- end }}

{{/*
Image tag: the value when given, else the chart's appVersion.
*/}}
{{- define "delist.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{/*
Full image reference; a digest, when given, pins the image exactly.
*/}}
{{- define "delist.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (include "delist.imageTag" .) }}
{{- end }}
{{- end }}

{{/*
ConfigMap holding the job files (nightly.yaml): an operator's, or the one the chart
renders from jobsConfig.files, or, when neither is given, "<fullname>-jobs", which the
operator is expected to create (see NOTES.txt).
*/}}
{{- define "delist.jobsConfigMapName" -}}
{{- .Values.jobsConfig.existingConfigMap | default (printf "%s-jobs" (include "delist.fullname" .)) }}
{{- end }}

{{/*
ConfigMap holding the prohibited-list files, one key per file; same rules, "<fullname>-lists".
*/}}
{{- define "delist.listsConfigMapName" -}}
{{- .Values.jobsConfig.existingListsConfigMap | default (printf "%s-lists" (include "delist.fullname" .)) }}
{{- end }}

{{/*
The chart renders the jobs ConfigMap only for inline files and no existing ConfigMap.
*/}}
{{- define "delist.rendersJobsConfigMap" -}}
{{- if and (not .Values.jobsConfig.existingConfigMap) .Values.jobsConfig.files }}true{{ end }}
{{- end }}

{{- define "delist.rendersListsConfigMap" -}}
{{- if and (not .Values.jobsConfig.existingListsConfigMap) .Values.jobsConfig.listFiles }}true{{ end }}
{{- end }}

{{/*
PersistentVolumeClaim for the reports.
*/}}
{{- define "delist.reportsClaimName" -}}
{{- .Values.reports.persistence.existingClaim | default (printf "%s-reports" (include "delist.fullname" .)) }}
{{- end }}

{{/*
Name of the DB Secret: the operator's, else "<fullname>-db" which the operator creates.
*/}}
{{- define "delist.databaseSecretName" -}}
{{- .Values.database.existingSecret | default (printf "%s-db" (include "delist.fullname" .)) }}
{{- end }}

{{/*
The serve Deployment, its Service and its NetworkPolicy. Cut at 63 characters: no controller appends to it
beyond the ReplicaSet's hash, which Kubernetes fits itself.
*/}}
{{- define "delist.serveName" -}}
{{- printf "%s-serve" (include "delist.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The label that tells serve's pods from the Jobs' pods, which share the release's selector labels: the Service
and the NetworkPolicy must select serve's pods only.
*/}}
{{- define "delist.serveComponent" -}}
app.kubernetes.io/component: serve
{{- end }}

{{- define "delist.serveSelectorLabels" -}}
{{ include "delist.selectorLabels" . }}
{{ include "delist.serveComponent" . }}
{{- end }}

{{/*
Labels on serve's objects: those of every object, with serve as the component.
*/}}
{{- define "delist.serveLabels" -}}
helm.sh/chart: {{ include "delist.chart" . }}
{{ include "delist.serveSelectorLabels" . }}
app.kubernetes.io/version: {{ include "delist.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
The database port serve's egress is opened to: serve.networkPolicy.database.port, else the one database.url
names, else PostgreSQL's 5432.
*/}}
{{- define "delist.databasePort" -}}
{{- $port := regexFind ":[0-9]+/" (.Values.database.url | default "") | trimPrefix ":" | trimSuffix "/" }}
{{- .Values.serve.networkPolicy.database.port | default $port | default 5432 }}
{{- end }}

{{/*
Whether serve may reach the stores: when it runs the schedule, unless serve.networkPolicy.stores.enabled says.
*/}}
{{- define "delist.serveReachesStores" -}}
{{- $stores := .Values.serve.networkPolicy.stores.enabled }}
{{- if or (eq (toString $stores) "true") (and (eq (toString $stores) "<nil>") .Values.serve.schedule.cron) }}true{{ end }}
{{- end }}
