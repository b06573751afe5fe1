# GNU parallel across two "hosts": two ssh aliases of one sshd that this
# test starts on a loopback port, with its own config file, host key and
# authorized_keys (a throw-away key) in a temporary directory, bounded in
# time and stopped at the end. Each page travels with --transferfile to a
# remote working directory, its rows come back with --return; the rows
# equal the sequential run's.
. tests/cluster/lib.sh
sshd=$(command -v sshd || echo /usr/sbin/sshd)
d=$t/ssh
mkdir -p "$d"
ssh-keygen -q -t ed25519 -N '' -f "$d/host_key" -C gw-test-host
ssh-keygen -q -t ed25519 -N '' -f "$d/user_key" -C gw-test-user
cp "$d/user_key.pub" "$d/authorized_keys"
chmod 700 "$d"; chmod 600 "$d/authorized_keys"
port=$(free_port)
user=$(id -un)
cat > "$d/sshd_config" <<CFG
ListenAddress 127.0.0.1
Port $port
HostKey $d/host_key
AuthorizedKeysFile $d/authorized_keys
PidFile $d/sshd.pid
AllowUsers $user
CFG
# privilege separation needs this directory when sshd starts as root
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
timeout 900 "$sshd" -D -e -f "$d/sshd_config" -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no \
	-o UsePAM=no -o StrictModes=no -o PermitRootLogin=prohibit-password -o MaxStartups=50 -o MaxSessions=50 \
	2> "$d/sshd.log" &
pids+=($!)
cat > "$d/ssh_config" <<CFG
Host gw1 gw2
	HostName 127.0.0.1
	Port $port
	User $user
	IdentityFile $d/user_key
	IdentitiesOnly yes
	UserKnownHostsFile $d/known_hosts
	StrictHostKeyChecking accept-new
	BatchMode yes
	ConnectTimeout 10
	LogLevel ERROR
CFG
ssh="ssh -F $d/ssh_config"
wait_for 20 $ssh gw1 true || { echo "sshd did not start:"; cat "$d/sshd.log"; exit 1; }
echo "sshd on 127.0.0.1 (a loopback port), hosts gw1 and gw2"

cd "$t/work"
# Both pipelines in one job a page (each ssh connection costs: rsync, the
# command, --return and --cleanup each make one).
cmd=
for p in "${PIPES[@]}"; do cmd+="sh -c '$(pipeline "$p")' sh {} > out/{/}.$p 2>/dev/null; "; done
timeout 800 parallel --will-cite --ssh "$ssh" -S 1/gw1,1/gw2 --env PATH --env GONGWEN_DATADIR \
	--workdir "$t/remote" --transferfile {} --return "out/{/}.numbers" --return "out/{/}.agencies" --cleanup \
	--joblog "$t/log" "mkdir -p out && $cmd true" ::: in/*
echo "parallel exit $?, jobs ran on: $(awk 'NR > 1 { print $2 }' "$t/log" | sort -u | paste -sd ' ')"
for p in "${PIPES[@]}"; do
	cat out/*."$p" > "$t/rows.$p"
	compare "multi-host, $p" "$p" "$t/rows.$p"
done
echo "remote working directory left: $(ls -A "$t/remote" 2>/dev/null | wc -l) entries"
